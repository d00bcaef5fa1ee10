// Conformance case 'error-network-connector-version-arn-unqualified': error:
// fromNetworkConnectorVersionArn of an ARN without a version ("Expected a qualified network connector
// ARN ending in ':<version>', got '...'")
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

lambda.NetworkConnector.fromNetworkConnectorVersionArn(stack, 'Imported',
  'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc');

app.synth();

// Conformance case 'error-network-connector-arn-qualified': error: fromNetworkConnectorArn of an ARN
// that ends in a version ("Expected an unqualified network connector ARN, got '...', which ends in a
// version. ...")
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

lambda.NetworkConnector.fromNetworkConnectorArn(stack, 'Imported',
  'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc:12');

app.synth();

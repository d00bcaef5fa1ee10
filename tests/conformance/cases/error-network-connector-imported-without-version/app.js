// Conformance case 'error-network-connector-imported-without-version': error: latestVersionArn of a
// connector imported by its unqualified ARN ("The network connector '...' was imported without a
// version, ...", with the import's path)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const connector = lambda.NetworkConnector.fromNetworkConnectorArn(stack, 'Imported',
  'arn:aws:lambda:us-east-1:123456789012:network-connector:nc-0abc');
new cdk.CfnOutput(stack, 'Latest', { value: connector.latestVersionArn });

app.synth();

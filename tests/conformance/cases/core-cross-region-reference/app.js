// Conformance case 'core-cross-region-reference': a Lambda function's ARN from a us-east-1 stack
// used in the environment of a function of an eu-west-1 stack of the same account (made with
// crossRegionReferences, else the function's physical name would be needed). With the
// default strength ("strong", with its warning) aws-cdk-lib 2.276.0 writes the value into an SSM
// parameter (/cdk/exports/<consumer>/<id>) of the consumer's region with a
// Custom::CrossRegionExportWriter in the producer, and reads it back in the consumer with a
// Custom::CrossRegionExportReader whose attribute replaces the reference; the consumer depends on
// the producer. Under `cdk init`'s flags the reference is weak: Fn::GetStackOutput with the
// producer's region, no role.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', { env: { account: '123456789012', region: 'us-east-1' } });
const edge = new lambda.Function(producer, 'Edge', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const consumer = new cdk.Stack(app, 'Consumer', { env: { account: '123456789012', region: 'eu-west-1' },
  crossRegionReferences: true });
new lambda.Function(consumer, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { EDGE_ARN: edge.functionArn, EDGE_NAME: edge.functionName },
});
app.synth();

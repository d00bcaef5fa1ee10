// Conformance case 'error-lambda-edge-environment': a version's edgeArn is used (in another function's
// environment), then variables without removeInEdge are added to its function: the synth fails with the
// Lambda@Edge error wrapped as aws-cdk-lib's resolver wraps it (four tokens deep), and writes nothing.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const version = fn.currentVersion;
new lambda.Function(stack, 'OtherFn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  environment: { EDGE_ARN: version.edgeArn },
});
fn.addEnvironment('DROPPED', 'd', { removeInEdge: true });
fn.addEnvironment('KEY2', 'value2');
fn.addEnvironment('KEY1', 'value1');
app.synth();

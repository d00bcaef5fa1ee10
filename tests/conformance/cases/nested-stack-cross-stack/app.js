// Conformance case 'nested-stack-cross-stack': a function of stack A's NestedStack referenced from
// a second top-level stack B (an output of the nested template, exported by A as its resource's
// Outputs attribute, imported by B), and a function of B's NestedStack that reads a queue of A (an
// Fn::ImportValue in the nested template itself). B depends on A.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const a = new cdk.Stack(app, 'StackA');
const queue = new sqs.Queue(a, 'Jobs');
const nestedA = new cdk.NestedStack(a, 'Services');
const worker = new lambda.Function(nestedA, 'Worker', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
});

const b = new cdk.Stack(app, 'StackB');
new cdk.CfnOutput(b, 'WorkerArn', { value: worker.functionArn });
const nestedB = new cdk.NestedStack(b, 'Consumers');
const fn = new lambda.Function(nestedB, 'Consumer', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  environment: { QUEUE_URL: queue.queueUrl, WORKER: worker.functionName },
});
worker.grantInvoke(fn);
app.synth();

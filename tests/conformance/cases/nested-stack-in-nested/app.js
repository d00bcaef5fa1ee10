// Conformance case 'nested-stack-in-nested': a NestedStack inside a NestedStack, and a sibling.
// The inner function reads a queue of the top-level stack (a parameter of each nested template on
// the way down), the top-level stack outputs the inner function's ARN (an output of each on the way
// up), and the sibling nested stack reads the inner function's name (up through outputs to the
// top-level stack, then down as a parameter). The inner template is an asset of the top-level stack
// too, registered before the outer one's.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const queue = new sqs.Queue(stack, 'Jobs');
const outer = new cdk.NestedStack(stack, 'Outer');
const group = new Construct(outer, 'Group');
const inner = new cdk.NestedStack(group, 'Inner');
const fn = new lambda.Function(inner, 'Worker', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  environment: { QUEUE_URL: queue.queueUrl },
});
new cdk.CfnOutput(stack, 'WorkerArn', { value: fn.functionArn });
const sibling = new cdk.NestedStack(stack, 'Sibling');
new sqs.Queue(sibling, 'Results', { queueName: `${fn.functionName}-results` });
new cdk.CfnOutput(outer, 'InnerStackId', { value: inner.stackId });
app.synth();

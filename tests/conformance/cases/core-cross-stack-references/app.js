// Conformance case 'core-cross-stack-references': two stacks sharing a layer and a queue; a
// function of one stack referenced by name and ARN from another (strong references by default,
// Fn::GetStackOutput under the weak default of `cdk init`).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const shared = new cdk.Stack(app, 'Shared');
const queue = new sqs.Queue(shared, 'Jobs');
const layer = new lambda.LayerVersion(shared, 'Deps', {
  code: lambda.Code.fromAsset('layer'),
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X],
});
const worker = new lambda.Function(shared, 'Worker', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
});

const api = new cdk.Stack(app, 'Api');
const fn = new lambda.Function(api, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  layers: [layer],
  environment: {
    QUEUE_URL: queue.queueUrl,
    QUEUE_ARN: queue.queueArn,
    WORKER: worker.functionName,
  },
});
queue.grantSendMessages(fn);
worker.grantInvoke(fn);
new cdk.CfnOutput(api, 'WorkerArn', { value: worker.functionArn });

const ops = new cdk.Stack(app, 'Ops');
new cdk.CfnOutput(ops, 'Queue', { value: queue.queueName });
new cdk.CfnOutput(ops, 'Handler', { value: fn.functionArn });
app.synth();

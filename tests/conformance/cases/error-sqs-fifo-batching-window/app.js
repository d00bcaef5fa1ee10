// Conformance case 'error-sqs-fifo-batching-window': a batching window on a FIFO queue's SqsEventSource
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const queue = new sqs.Queue(stack, 'Queue', { queueName: 'orders.fifo' });
fn.addEventSource(new eventsources.SqsEventSource(queue, { maxBatchingWindow: cdk.Duration.seconds(10) }));
app.synth();

// Conformance case 'error-sqs-imported-fifo-batching-window': SqsEventSource with a batching window on an imported FIFO queue (Queue.fromQueueArn of a .fifo ARN)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
// aws-cdk's test/test-function.ts
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const q = sqs.Queue.fromQueueArn(stack, 'Q', 'arn:aws:sqs:us-east-1:123456789012:q.fifo');
fn.addEventSource(new sources.SqsEventSource(q, { maxBatchingWindow: cdk.Duration.seconds(10) }));

app.synth();

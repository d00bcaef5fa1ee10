// Conformance case 'error-sqs-fifo-zero-batching-window': error: a batching window of 0 seconds on a FIFO queue's SqsEventSource (given, so checked)
// Ported from aws-cdk: sqs.test.ts 'fails if batch window defined for FIFO queue' with a zero window
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
// aws-cdk's test/test-function.ts
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const q = new sqs.Queue(stack, 'Q', { fifo: true });
fn.addEventSource(new sources.SqsEventSource(q, { maxBatchingWindow: cdk.Duration.seconds(0) }));

app.synth();

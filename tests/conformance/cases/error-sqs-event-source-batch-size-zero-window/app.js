// Conformance case 'error-sqs-event-source-batch-size-zero-window': error: SqsEventSource batch size 0 with a batching window ("when batching window is specified")
// Ported from aws-cdk: sqs.test.ts 'fails if batch size is > 10000 and batch window is defined' below its range
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
const q = new sqs.Queue(stack, 'Q');
fn.addEventSource(new sources.SqsEventSource(q, { batchSize: 0, maxBatchingWindow: cdk.Duration.minutes(5) }));

app.synth();

// Conformance case 'error-sqs-event-source-batching-window-max': SqsEventSource batching window of 7 minutes
// Ported from aws-cdk: sqs.test.ts 'fails if batch window is > 5'
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
fn.addEventSource(new sources.SqsEventSource(q, { maxBatchingWindow: cdk.Duration.minutes(7) }));

app.synth();

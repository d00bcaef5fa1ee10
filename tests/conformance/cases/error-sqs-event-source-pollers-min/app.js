// Conformance case 'error-sqs-event-source-pollers-min': SqsEventSource minimumPollers 1 (SQS: 2 to 200)
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
const q = new sqs.Queue(stack, 'Q');
fn.addEventSource(new sources.SqsEventSource(q, {
  provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 10 },
}));

app.synth();

// Conformance case 'error-esm-max-batching-window': error: throws if maxBatchingWindow > 300 seconds
// Ported from aws-cdk: event-source-mapping.test.ts 'throws if maxBatchingWindow > 300 seconds'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const fn = new lambda.Function(stack, 'fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.EventSourceMapping(stack, 'test', {
  target: fn, eventSourceArn: '', maxBatchingWindow: cdk.Duration.seconds(301)
});

app.synth();

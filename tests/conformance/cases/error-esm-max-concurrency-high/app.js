// Conformance case 'error-esm-max-concurrency-high': error: throws if maxConcurrency > 1000 concurrent instances
// Ported from aws-cdk: event-source-mapping.test.ts 'throws if maxConcurrency > 1000 concurrent instances'
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
  target: fn, eventSourceArn: '', maxConcurrency: 1001
});

app.synth();

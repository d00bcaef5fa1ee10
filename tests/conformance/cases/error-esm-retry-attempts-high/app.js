// Conformance case 'error-esm-retry-attempts-high': error: throws if retryAttempts is over 10000
// Ported from aws-cdk: event-source-mapping.test.ts 'throws if retryAttempts is over 10000'
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
  target: fn, eventSourceArn: '', retryAttempts: 10001
});

app.synth();

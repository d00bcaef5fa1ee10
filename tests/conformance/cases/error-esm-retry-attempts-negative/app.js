// Conformance case 'error-esm-retry-attempts-negative'
// Upstream: aws-lambda/test/event-source-mapping.test.ts 'throws if retryAttempts is negative'. The
// test's -1 is "infinite retries" in aws-cdk-lib 2.276 (no error: unit-event-source-mapping), so the
// negative value here is -2, which still throws.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', retryAttempts: -2 });
app.synth();

// Conformance case 'error-event-invoke-config-twice'
// Upstream: aws-lambda/test/function.test.ts 'throws when calling configureAsyncInvoke on already configured function'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  maxEventAge: cdk.Duration.hours(1),
});
fn.configureAsyncInvoke({ retryAttempts: 0 });
app.synth();

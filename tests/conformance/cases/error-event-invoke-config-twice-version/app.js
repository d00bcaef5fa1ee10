// Conformance case 'error-event-invoke-config-twice-version'
// Upstream: aws-lambda/test/lambda-version.test.ts 'throws when calling configureAsyncInvoke on already configured version'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
});
const version = new lambda.Version(stack, 'Version', { lambda: fn, maxEventAge: cdk.Duration.hours(1), retryAttempts: 0 });
version.configureAsyncInvoke({ retryAttempts: 1 });
app.synth();

// Conformance case 'error-function-url-version-in-stack'
// Upstream: aws-lambda/test/function-url.test.ts 'throws when configured with Version'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_14_X,
});
const version = new lambda.Version(stack, 'Version', {
  lambda: fn, maxEventAge: cdk.Duration.hours(1), retryAttempts: 0,
});
new lambda.FunctionUrl(stack, 'FunctionUrl', { function: version });
app.synth();

// Conformance case 'error-function-url-version'
// Upstream: aws-lambda/test/lambda-version.test.ts 'throws when adding FunctionUrl to a Version' (version.addFunctionUrl is new FunctionUrl(version, 'FunctionUrl', {function: version}))
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_20_X,
});
const version = new lambda.Version(stack, 'Version', {
  lambda: fn, maxEventAge: cdk.Duration.hours(1), retryAttempts: 0,
});
version.addFunctionUrl();
app.synth();

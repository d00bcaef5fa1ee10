// Conformance case 'error-function-url-latest-version'
// Upstream: none (function-url.test.ts 'throws when configured with Version' with fn.latestVersion:
// it has a `version`, so it is a Version to FunctionUrl).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.FunctionUrl(stack, 'FunctionUrl', { function: fn.latestVersion });
app.synth();

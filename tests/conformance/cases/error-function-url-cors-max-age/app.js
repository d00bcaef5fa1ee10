// Conformance case 'error-function-url-cors-max-age'
// Upstream: none (function-url.test.ts has no test of it): a CORS maxAge over 86400 seconds is
// FunctionUrl's error (a token maxAge would skip the check).
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
new lambda.FunctionUrl(stack, 'FunctionUrl', {
  function: fn,
  cors: { allowedOrigins: ['https://example.com'], maxAge: cdk.Duration.hours(25) },
});
app.synth();

// Conformance case 'error-function-url-cors-max-age-only'
// Upstream: aws-lambda/test/function-url.test.ts 'throws when CORS maxAge is greater than 86400
// secs': a CORS of nothing but a maxAge of 86401 seconds.
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
  cors: { maxAge: cdk.Duration.seconds(86401) },
});
app.synth();

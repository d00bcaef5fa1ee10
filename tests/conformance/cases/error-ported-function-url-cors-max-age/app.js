// Conformance case 'error-ported-function-url-cors-max-age': function-url.test.ts 'throws when CORS
// maxAge is greater than 86400 secs' as written (cors with maxAge only), in the Default stack.
// Ported from aws-cdk: function-url.test.ts 'throws when CORS maxAge is greater than 86400 secs'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
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

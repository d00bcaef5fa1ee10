// Conformance case 'error-ported-function-url-version': function-url.test.ts 'throws when
// configured with Version' as written, in the Default stack.
// Ported from aws-cdk: function-url.test.ts 'throws when configured with Version'
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
const version = new lambda.Version(stack, 'Version', {
  lambda: fn,
  maxEventAge: cdk.Duration.hours(1),
  retryAttempts: 0,
});
new lambda.FunctionUrl(stack, 'FunctionUrl', { function: version });
app.synth();

// Conformance case 'error-version-provisioned-concurrency'
// Upstream: aws-lambda/test/alias.test.ts 'sanity checks provisionedConcurrentExecutions' (version)
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
new lambda.Version(stack, 'Version 1', {
  lambda: fn, codeSha256: undefined, description: undefined, provisionedConcurrentExecutions: -1,
});
app.synth();

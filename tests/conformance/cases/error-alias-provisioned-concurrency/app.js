// Conformance case 'error-alias-provisioned-concurrency'
// Upstream: aws-lambda/test/alias.test.ts 'sanity checks provisionedConcurrentExecutions' (alias)
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
new lambda.Alias(stack, 'Alias1', {
  aliasName: 'prod', version: fn.currentVersion, provisionedConcurrentExecutions: -1,
});
app.synth();

// Conformance case 'error-alias-event-invoke-config-twice'
// Upstream: aws-lambda/test/alias.test.ts 'throws when calling configureAsyncInvoke on already configured alias'
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
const alias = new lambda.Alias(stack, 'Alias', {
  aliasName: 'prod', version: fn.currentVersion,
  onSuccess: { bind: () => ({ destination: 'on-success-arn' }) },
});
alias.configureAsyncInvoke({ retryAttempts: 0 });
app.synth();

// Conformance case 'error-alias-auto-scaling-twice'
// Upstream: aws-lambda/test/alias.test.ts 'cannot enable AutoScaling twice on same property'
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
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
alias.addAutoScaling({ maxCapacity: 5 });
alias.addAutoScaling({ maxCapacity: 8 });
app.synth();

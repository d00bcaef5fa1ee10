// Conformance case 'error-function-url-multi-tenant'
// Upstream: aws-lambda/test/function-url.test.ts 'throws when configured with multi-tenant
// function': `new FunctionUrl` (not fn.addFunctionUrl) of a function with tenancyConfig PER_TENANT.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_LATEST,
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});
new lambda.FunctionUrl(stack, 'FunctionUrl', { function: fn });
app.synth();

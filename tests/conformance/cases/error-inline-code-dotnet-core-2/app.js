// Conformance case 'error-inline-code-dotnet-core-2': error: inline code on DOTNET_CORE_2
// Upstream: aws-lambda/test/function.test.ts 'fails if inline code is used for an invalid runtime'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.DOTNET_CORE_2,
});
app.synth();

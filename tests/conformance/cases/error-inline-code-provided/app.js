// Conformance case 'error-inline-code-provided': error: inline code on PROVIDED
// Upstream: aws-lambda/test/function.test.ts 'fails when inline code is specified on an incompatible runtime'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new lambda.Function(stack, 'fn', {
  handler: 'foo',
  runtime: lambda.Runtime.PROVIDED,
  code: lambda.Code.fromInline('foo'),
});
app.synth();

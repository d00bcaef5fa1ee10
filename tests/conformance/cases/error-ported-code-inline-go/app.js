// Conformance case 'error-ported-code-inline-go'
// Upstream: aws-lambda/test/code.test.ts 'fails if used with unsupported runtimes' (GO_1_X)
// Ported from aws-cdk: code.test.ts 'fails if used with unsupported runtimes' (literally: the test's stack, ids and props; the
// same error as case error-inline-code-go)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new lambda.Function(stack, 'Func', {
  code: lambda.Code.fromInline('boom'),
  runtime: lambda.Runtime.GO_1_X,
  handler: 'foom',
});
app.synth();

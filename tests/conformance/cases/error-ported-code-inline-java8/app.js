// Conformance case 'error-ported-code-inline-java8'
// Upstream: aws-lambda/test/code.test.ts 'fails if used with unsupported runtimes' (JAVA_8)
// Ported from aws-cdk: code.test.ts 'fails if used with unsupported runtimes' (literally: the test's stack, ids and props; the
// same error as case error-inline-code-java8)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new lambda.Function(stack, 'Func', {
  code: lambda.Code.fromInline('boom'),
  runtime: lambda.Runtime.JAVA_8,
  handler: 'foom',
});
app.synth();

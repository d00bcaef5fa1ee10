// Conformance case 'error-inline-code-java8'
// Upstream: aws-lambda/test/code.test.ts 'fails if used with unsupported runtimes' (JAVA_8)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromInline('boom'),
  runtime: lambda.Runtime.JAVA_8,
  handler: 'index.handler',
});
app.synth();

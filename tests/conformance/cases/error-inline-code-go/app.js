// Conformance case 'error-inline-code-go'
// Upstream: aws-lambda/test/code.test.ts 'fails if used with unsupported runtimes' (GO_1_X)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromInline('boom'),
  runtime: lambda.Runtime.GO_1_X,
  handler: 'index.handler',
});
app.synth();

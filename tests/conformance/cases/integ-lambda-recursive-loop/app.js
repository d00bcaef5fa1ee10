// Conformance case 'integ-lambda-recursive-loop': aws-lambda test/integ.lambda-recursive-loop.ts
// (the IntegTest is dropped).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { InlineCode, Runtime } = lambda;

const app = new cdk.App();

const stack = new cdk.Stack(app, 'stack');

new lambda.Function(stack, 'LambdaWithRecursionLoopProtection', {
  runtime: Runtime.PYTHON_3_9,
  handler: 'index.handler',
  code: new InlineCode('foo'),
  recursiveLoop: lambda.RecursiveLoop.TERMINATE,
});

new lambda.Function(stack, 'LambdaWithoutRecursionLoopProtection', {
  runtime: Runtime.PYTHON_3_9,
  handler: 'index.handler',
  code: new InlineCode('foo'),
  recursiveLoop: lambda.RecursiveLoop.ALLOW,
});

new lambda.Function(stack, 'LambdaWithDefaultRecursionLoopProtection', {
  runtime: Runtime.PYTHON_3_9,
  handler: 'index.handler',
  code: new InlineCode('foo'),
});

app.synth();

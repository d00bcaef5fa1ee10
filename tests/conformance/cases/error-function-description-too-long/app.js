// Conformance case 'error-function-description-too-long'
// Upstream: aws-lambda/test/function.test.ts 'Error when function description is longer than 256 chars'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyFunction', {
  code: lambda.Code.fromInline('foo'),
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  description: 'a'.repeat(257),
});
app.synth();

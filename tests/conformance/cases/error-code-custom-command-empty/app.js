// Conformance case 'error-code-custom-command-empty': Code.fromCustomCommand with an empty command is
// aws-cdk-lib's error, before anything runs. Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/code.test.ts,
// describe('lambda.Code.fromCustomCommand'): 'fails if command is empty'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Built', {
  code: lambda.Code.fromCustomCommand('', []),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();

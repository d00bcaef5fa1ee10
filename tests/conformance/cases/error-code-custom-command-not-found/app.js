// Conformance case 'error-code-custom-command-not-found': a custom command whose program cannot be run
// (spawnSync's error, ENOENT) is aws-cdk-lib's "Failed to execute custom command: ..." error. Ports
// aws-cdk packages/aws-cdk-lib/aws-lambda/test/code.test.ts, describe('lambda.Code.fromCustomCommand'):
// 'throws custom error message when spawnSync errors' (a program named 'whatever').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Built', {
  code: lambda.Code.fromCustomCommand('', ['ccdk-no-such-program-whatever']),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();

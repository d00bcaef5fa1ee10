// Conformance case 'error-code-custom-command-fails': a custom command that exits non-zero is
// aws-cdk-lib's error with its stdout and stderr (and, as aws-cdk-lib's splice(1) leaves it, only the
// program's name of the command). Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/code.test.ts,
// describe('lambda.Code.fromCustomCommand'): 'fromCustomCommand fails' (a failing command throws).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Built', {
  code: lambda.Code.fromCustomCommand('no-such-output', ['sh', '-c', 'echo " out"; echo err >&2; exit 3']),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();

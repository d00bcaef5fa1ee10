// Conformance case 'code-custom-command': Code.fromCustomCommand runs the build command, then is
// Code.fromAsset of its output directory (asset options included).
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/code.test.ts, describe('lambda.Code.fromCustomCommand'):
// 'fromCustomCommand' (the command runs and its output is the asset), with commandOptions, and
// 'command of length 1 does not cause crash'.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
// a fresh output directory: the command writes it, the asset is hashed from it
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccdk-custom-command-'));
new lambda.Function(stack, 'Built', {
  code: lambda.Code.fromCustomCommand(out, ['cp', 'index.js', out], {
    commandOptions: { cwd: 'src', env: { PATH: process.env.PATH } },
  }),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
// asset options pass through: an exclude, and the command runs without options
const out2 = fs.mkdtempSync(path.join(os.tmpdir(), 'ccdk-custom-command-'));
new lambda.Function(stack, 'Built2', {
  code: lambda.Code.fromCustomCommand(out2, ['cp', 'src/index.js', `${out2}/main.js`], { exclude: ['*.txt'] }),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'main.handler',
});

// 'command of length 1 does not cause crash': a program and no arguments
new lambda.Function(stack, 'Built3', {
  code: lambda.Code.fromCustomCommand('src', ['true']),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});

app.synth();
fs.rmSync(out, { recursive: true, force: true });
fs.rmSync(out2, { recursive: true, force: true });

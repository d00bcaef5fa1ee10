// Conformance case 'nodejs-lockfile-project-root': an explicit depsLockFilePath and projectRoot
// (the folder esbuild runs in, the lock file's folder or one above it).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: path.join(__dirname, 'service/src/index.ts'),
  depsLockFilePath: 'service/package-lock.json',
  projectRoot: 'service',
  runtime: lambda.Runtime.NODEJS_18_X,
});

new nodejs.NodejsFunction(stack, 'RootAbove', {
  entry: 'service/src/index.ts',
  depsLockFilePath: path.join(__dirname, 'service/package-lock.json'),
  projectRoot: __dirname,
  runtime: lambda.Runtime.NODEJS_18_X,
});

app.synth();

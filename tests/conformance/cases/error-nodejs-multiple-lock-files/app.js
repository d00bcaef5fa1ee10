// Conformance case 'error-nodejs-multiple-lock-files': no depsLockFilePath and both a yarn.lock and
// a package-lock.json in the working directory: aws-cdk-lib's error naming both, absolute, in its
// order of lock file names ('Multiple package lock files found: ...').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
});

app.synth();

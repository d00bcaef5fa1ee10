// Conformance case 'error-nodejs-lock-file-outside-project-root': the entry under the projectRoot
// given (src) but the lock file (found in the folder above) not: aws-cdk-lib's error, the lock
// file's path absolute as found ('depsLockFilePath (...) should be under projectRoot (...)').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'src/handler.ts',
  projectRoot: 'src',
  runtime: lambda.Runtime.NODEJS_20_X,
});

app.synth();

// Conformance case 'error-nodejs-lock-file-not-a-file' (function.test.ts): a depsLockFilePath that is a folder ('throws when depsLockFilePath is not a file').
'use strict';
const cdk = require('aws-cdk-lib');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'handler1', { entry: 'handler.ts', depsLockFilePath: 'lib' });

app.synth();

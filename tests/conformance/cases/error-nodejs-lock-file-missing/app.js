// Conformance case 'error-nodejs-lock-file-missing' (function.test.ts): a depsLockFilePath that does not exist ('throws with non existing lock file').
'use strict';
const cdk = require('aws-cdk-lib');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'handler1', { entry: 'handler.ts', depsLockFilePath: '/does/not/exist.lock' });

app.synth();

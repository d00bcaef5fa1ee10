// Conformance case 'nodejs-defaults': a NodejsFunction with a TypeScript entry and every default
// (runtime from the feature flag, handler "handler", the lock file found from the working
// directory, which is the case's: its package-lock.json makes the case folder the project root).
'use strict';
const cdk = require('aws-cdk-lib');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', { entry: 'handler.ts' });

app.synth();

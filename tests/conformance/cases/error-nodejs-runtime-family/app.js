// Conformance case 'error-nodejs-runtime-family' (function.test.ts): a runtime of another family ('throws with the wrong runtime family').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'handler1', { entry: 'handler.ts', runtime: lambda.Runtime.PYTHON_3_8 });

app.synth();

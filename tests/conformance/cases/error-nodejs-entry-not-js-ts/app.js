// Conformance case 'error-nodejs-entry-not-js-ts' (function.test.ts): an entry that is not JavaScript or TypeScript ('throws when entry is not js/ts').
'use strict';
const cdk = require('aws-cdk-lib');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Fn', { entry: 'handler.py' });

app.synth();

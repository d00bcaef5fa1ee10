// Conformance case 'error-nodejs-missing-entry': an entry file that does not exist is
// aws-cdk-lib's error (an entry with another extension is checked first: see the unit tests).
'use strict';
const cdk = require('aws-cdk-lib');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', { entry: 'handlers/missing.ts' });

app.synth();

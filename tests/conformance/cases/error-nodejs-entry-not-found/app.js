// Conformance case 'error-nodejs-entry-not-found' (function.test.ts): no entry and none next to the defining file: the six candidates, absolute ('throws when entry cannot be automatically found').
'use strict';
const cdk = require('aws-cdk-lib');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Fn', {});

app.synth();

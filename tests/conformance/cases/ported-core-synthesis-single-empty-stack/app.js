// Conformance case 'ported-core-synthesis-single-empty-stack': synthesis.test.ts's 'single empty stack':
// an App with one stack and nothing in it (one-stack.template.json, its asset manifest).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'one-stack');
app.synth();

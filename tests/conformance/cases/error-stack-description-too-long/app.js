// Conformance case 'error-stack-description-too-long': error: a stack description of 513
// characters (aws-cdk-lib checks description.length > 512 and says "1024 bytes") — stack.test.ts
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'MyStack', { description: 'x'.repeat(513) });
app.synth();

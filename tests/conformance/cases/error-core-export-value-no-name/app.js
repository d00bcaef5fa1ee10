// Conformance case 'error-core-export-value-no-name': aws-cdk's core stack.test.ts 'manual exports require a name if
// not supplying a resource attribute': stack.exportValue of a literal without a name (aws-cdk-lib's error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
stack.exportValue('someValue');
app.synth();

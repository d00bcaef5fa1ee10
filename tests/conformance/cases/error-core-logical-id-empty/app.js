// Conformance case 'error-core-logical-id-empty': aws-cdk's core logical-id.test.ts 'empty identifiers
// are not allowed': a resource with id '.' has an empty logical id (aws-cdk-lib's error at synth).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnResource(stack, '.', { type: 'R' });
app.synth();

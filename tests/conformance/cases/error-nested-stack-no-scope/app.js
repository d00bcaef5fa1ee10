// Conformance case 'error-nested-stack-no-scope': a NestedStack without a scope (undefined in
// TypeScript, a NULL stack in C) is aws-cdk-lib's error.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
new cdk.NestedStack(undefined, 'Nested');
app.synth();

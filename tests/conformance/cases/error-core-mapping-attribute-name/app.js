// Conformance case 'error-core-mapping-attribute-name': aws-cdk's core mappings.test.ts 'throws if
// mapping attribute name not alphanumeric': a second-level key 'us-east-1' (aws-cdk-lib's error,
// without a path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnMapping(stack, 'mapping', { mapping: { size: { 'us-east-1': 12 } } });
app.synth();

// Conformance case 'error-core-mapping-set-value-proto': mapping.setValue with the key '__proto__'
// is aws-cdk-lib's error on the mapping.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const mapping = new cdk.CfnMapping(stack, 'MyMapping', { mapping: { A: { B: 'c' } } });
mapping.setValue('__proto__', 'B', 'x');
app.synth();

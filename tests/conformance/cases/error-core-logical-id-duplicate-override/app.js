// Conformance case 'error-core-logical-id-duplicate-override': aws-cdk's core logical-id.test.ts
// 'detects duplicate logical IDs in the same Stack caused by overrideLogicalId' (aws-cdk-lib's error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnResource(stack, 'A', { type: 'Type::Of::A' }).overrideLogicalId('C');
new cdk.CfnResource(stack, 'B', { type: 'Type::Of::B' }).overrideLogicalId('C');
app.synth();

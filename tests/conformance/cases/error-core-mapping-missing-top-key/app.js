// Conformance case 'error-core-mapping-missing-top-key': aws-cdk's core mappings.test.ts: findInMap of
// a literal top-level key the mapping does not have (aws-cdk-lib's error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const mapping = new cdk.CfnMapping(stack, 'mapping', { mapping: { 'us-east-1': { size: 12 } } });
new cdk.CfnOutput(stack, 'Size', { value: mapping.findInMap(cdk.Aws.REGION, 'size') });
new cdk.CfnOutput(stack, 'Missing', { value: mapping.findInMap('not-found', 'size') });
app.synth();

// Conformance case 'error-core-mapping-missing-second-key': aws-cdk's core mappings.test.ts: findInMap
// of a literal second-level key the mapping does not have (aws-cdk-lib's error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const mapping = new cdk.CfnMapping(stack, 'MyMapping', { mapping: { TopLevelKey1: { SecondLevelKey1: [1, 2, 3] } } });
new cdk.CfnOutput(stack, 'Missing', { value: mapping.findInMap('TopLevelKey1', 'NotFound') });
app.synth();

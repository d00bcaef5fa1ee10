// Conformance case 'unit-core-mappings': aws-cdk's core mappings.test.ts: a mapping with list and
// object values used by findInMap, token keys (Aws.REGION) in either place, the info annotation of an
// eager mapping whose findInMap resolved (or was never called). A mapping used from another stack:
// core-mapping-cross-stack.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const mapping = new cdk.CfnMapping(stack, 'MyMapping', {
  mapping: {
    TopLevelKey1: { SecondLevelKey1: [1, 2, 3], SecondLevelKey2: { Hello: 'World' } },
    TopLevelKey2: { SecondLevelKey1: [99, 99, 99] },
  },
});
new cdk.CfnResource(stack, 'MyResource', {
  type: 'R',
  properties: { RefToValueInMap: mapping.findInMap('TopLevelKey1', 'SecondLevelKey1') },
});
const regional = new cdk.CfnMapping(stack, 'mapping', { mapping: { 'us-east-1': { instanceCount: 12 } } });
new cdk.CfnOutput(stack, 'TokenFirst', { value: regional.findInMap(cdk.Aws.REGION, 'instanceCount') });
const second = new cdk.CfnMapping(stack, 'Second', { mapping: { TopLevelKey1: { a: 'x' } } });
new cdk.CfnOutput(stack, 'TokenSecond', { value: second.findInMap('TopLevelKey1', cdk.Aws.REGION) });
new cdk.CfnMapping(stack, 'Unused', { mapping: { A: { B: 'c' } } });

app.synth();

// Conformance case 'core-mapping-cross-stack': aws-cdk's core mappings.test.ts 'using the value of a
// mapping in a different stack copies the mapping to the consuming stack'. A findInMap token resolved
// in another stack (an output, a resource property, with a literal or a token key; a second stack;
// a nested stack of the creating stack) names a copy of the mapping that aws-cdk-lib adds to the
// consuming stack while it prepares the app: "MappingCopy-<id>-<node addr>", one per consuming
// stack and mapping, with the eager mapping's info annotation of its own. The creating stack keeps
// its mapping (used there too).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const creationStack = new cdk.Stack(app, 'creationStack');
const consumingStack = new cdk.Stack(app, 'consumingStack');

const mapping = new cdk.CfnMapping(creationStack, 'MyMapping', {
  mapping: { boo: { bah: 'foo' }, 'us-east-1': { bah: 'bar' } },
});
const other = new cdk.CfnMapping(creationStack, 'Other', { mapping: { a: { b: 'c' } } });

new cdk.CfnOutput(consumingStack, 'Output', { value: mapping.findInMap('boo', 'bah') });
new cdk.CfnResource(consumingStack, 'Res', {
  type: 'My::Resource',
  properties: { Regional: mapping.findInMap(cdk.Aws.REGION, 'bah'), Again: mapping.findInMap('boo', 'bah') },
});
new cdk.CfnOutput(consumingStack, 'OtherOutput', { value: `is ${other.findInMap('a', 'b')}` });
new cdk.CfnOutput(creationStack, 'Local', { value: mapping.findInMap('boo', 'bah') });

const third = new cdk.Stack(app, 'third');
new cdk.CfnOutput(third, 'Output', { value: mapping.findInMap('boo', 'bah') });

const nested = new cdk.NestedStack(creationStack, 'Nested');
new cdk.CfnOutput(nested, 'Output', { value: other.findInMap('a', 'b') });
app.synth();

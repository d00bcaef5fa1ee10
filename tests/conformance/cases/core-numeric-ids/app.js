// Conformance case 'core-numeric-ids': constructs keeps a node's children in an object, so that
// JavaScript puts ids that are array indices ("0", "10"; not "01") first, by value, before the
// others in the order they came: the order of resources and outputs in a template (their logical
// ids), of tree.json and of findAll. (Stacks with such ids are left out: ccdk writes them into
// manifest.json's artifacts in tree order, not first.)
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
for (const id of ['B', 'A', '01', '2x']) {
  const stack = new cdk.Stack(app, id, { stackName: `Stack${id}` });
  for (const r of ['Z', '7', '3', 'Y', '12', '007']) {
    new cdk.CfnResource(stack, r, { type: 'Test::Resource' });
  }
  const group = new Construct(stack, '5');
  new cdk.CfnResource(group, '4294967295', { type: 'Test::Resource' });
  new cdk.CfnResource(group, '4294967294', { type: 'Test::Resource' });
  new cdk.CfnResource(group, 'x', { type: 'Test::Resource' });
  new cdk.CfnOutput(stack, '9', { value: 'nine' });
  new cdk.CfnOutput(stack, 'Out', { value: stack.node.findAll().map((c) => c.node.id).join(',') });
}
app.synth();

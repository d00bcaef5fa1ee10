// Conformance case 'core-numeric-stack-ids': stacks whose ids are array indices ("0", "10"; not
// "01"): manifest.json's artifacts is an object, so aws-cdk-lib writes those stack artifacts before
// every other artifact, by value, while each "<id>.assets" keeps its place; the stacks (tree.json)
// in constructs' order too; one stack depends on another, each with a stack name (a name must start with a letter).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const made = {};
for (const id of ['B', '10', 'A', '2', '01', '0']) {
  const stack = new cdk.Stack(app, id, { stackName: `S${id}` });
  new cdk.CfnResource(stack, 'R', { type: 'Test::Resource' });
  made[id] = stack;
}
made['10'].addDependency(made['A']);
made['B'].addDependency(made['0']);
app.synth();

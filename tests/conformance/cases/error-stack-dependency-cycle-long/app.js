// Conformance case 'error-stack-dependency-cycle-long': a chain of 1,500 stacks, each depending on
// the one before (addDependency), closed into a cycle by the first depending on the last: aws-cdk-lib's
// cycle error names every one of the 1,499 reasons along the path (a search as deep as the chain).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stacks = [];
for (let i = 0; i < 1500; i++) {
  stacks.push(new cdk.Stack(app, `S${i}`));
  if (i) stacks[i].addDependency(stacks[i - 1]);
}
stacks[0].addDependency(stacks[1499]);
app.synth();

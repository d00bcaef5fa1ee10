// Conformance case 'ported-core-stack-dependencies': aws-cdk's core stack.test.ts 'stacks know about
// their dependencies': Stack2's parameter defaults to Stack1's ScopedAws accountId, so Stack2 depends
// on Stack1 (stack2.dependencies is [Stack1]).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1');
const account1 = new cdk.ScopedAws(stack1).accountId;
const stack2 = new cdk.Stack(app, 'Stack2');

new cdk.CfnParameter(stack2, 'SomeParameter', { type: 'String', default: account1 });

app.synth();
const deps = stack2.dependencies.map(s => s.node.id);
if (deps.length !== 1 || deps[0] !== 'Stack1') throw new Error(`stack2.dependencies: ${deps}`);

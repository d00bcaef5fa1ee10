// Conformance case 'error-ported-core-stack-cyclic-reference': aws-cdk's core stack.test.ts 'cannot
// create cyclic reference between stacks': each stack's parameter defaults to the other's ScopedAws
// accountId.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1');
const account1 = new cdk.ScopedAws(stack1).accountId;
const stack2 = new cdk.Stack(app, 'Stack2');
const account2 = new cdk.ScopedAws(stack2).accountId;

new cdk.CfnParameter(stack2, 'SomeParameter', { type: 'String', default: account1 });
new cdk.CfnParameter(stack1, 'SomeParameter', { type: 'String', default: account2 });
app.synth();

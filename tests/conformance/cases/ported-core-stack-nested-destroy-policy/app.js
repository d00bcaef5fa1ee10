// Conformance case 'ported-core-stack-nested-destroy-policy': aws-cdk's core stack.test.ts 'Nested
// Stacks are synthesized with DESTROY policy': the NestedStack 'child' of stack 'parent' with a
// resource.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const parentStack = new cdk.Stack(app, 'parent');
const childStack = new cdk.NestedStack(parentStack, 'child');
new cdk.CfnResource(childStack, 'ChildResource', { type: 'Resource::Child' });
app.synth();

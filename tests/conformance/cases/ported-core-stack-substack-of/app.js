// Conformance case 'ported-core-stack-substack-of': aws-cdk's core stack.test.ts 'Stack.of() works
// for substacks': a stack defined under a CfnResource of another stack, with a resource of its own.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const parentStack = new cdk.Stack(app, 'ParentStack');
const parentResource = new cdk.CfnResource(parentStack, 'ParentResource', { type: 'parent::resource' });

// we will define a substack under the /resource/... just for giggles.
const childStack = new cdk.Stack(parentResource, 'ChildStack');
const childResource = new cdk.CfnResource(childStack, 'ChildResource', { type: 'child::resource' });

if (cdk.Stack.of(parentStack) !== parentStack) throw new Error('Stack.of(parentStack)');
if (cdk.Stack.of(parentResource) !== parentStack) throw new Error('Stack.of(parentResource)');
if (cdk.Stack.of(childStack) !== childStack) throw new Error('Stack.of(childStack)');
if (cdk.Stack.of(childResource) !== childStack) throw new Error('Stack.of(childResource)');
app.synth();

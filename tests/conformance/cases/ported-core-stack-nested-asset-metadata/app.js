// Conformance case 'ported-core-stack-nested-asset-metadata': aws-cdk's core stack.test.ts 'asset
// metadata added to NestedStack resource that contains asset path and property': the asset
// metadata context set on the parent stack itself, then its NestedStack 'child' with a resource.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const parentStack = new cdk.Stack(app, 'parent');
parentStack.node.setContext('aws:cdk:enable-asset-metadata', true);
const childStack = new cdk.NestedStack(parentStack, 'child');
new cdk.CfnResource(childStack, 'ChildResource', { type: 'Resource::Child' });
app.synth();

// Conformance case 'ported-core-resource-path-metadata': resource.test.ts's '"aws:cdk:path"
// metadata is added if "aws:cdk:path-metadata" context is set to true': the context set on the
// stack (not the App), a CfnResource under a plain construct gets the aws:cdk:path metadata.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
stack.node.setContext('aws:cdk:enable-path-metadata', true);
const parent = new Construct(stack, 'Parent');
new cdk.CfnResource(parent, 'MyResource', { type: 'MyResourceType' });
app.synth();

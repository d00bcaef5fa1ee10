// Conformance case 'core-resource-subclass': classes of one's own extending cdk.Resource
// (ccdk_resource_new / ccdk_resource_new_with_props): one made at the App's root, outside any Stack
// (no error: Resource's constructor does not look its stack up), one in a stack holding a
// CfnResource, one under another; tree.json names each aws-cdk-lib.Resource.
'use strict';
const cdk = require('aws-cdk-lib');

class MyResource extends cdk.Resource {}
const app = new cdk.App();
new MyResource(app, 'Floating');
const stack = new cdk.Stack(app, 'TestStack');
const r = new MyResource(stack, 'Mine');
new cdk.CfnResource(r, 'Resource', { type: 'Test::Fake::Thing', properties: { Name: 'x' } });
new MyResource(r, 'Inner');
app.synth();

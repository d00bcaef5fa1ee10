// Conformance case 'error-core-cfn-resource-replace-dependency': cfn-resource.test.ts 'replace
// throws an error if oldTarget is not depended on' (resource.replaceDependency).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const resource1 = new cdk.CfnResource(stack, 'Resource1', { type: 'Test::Resource::Fake1' });
const resource2 = new cdk.CfnResource(stack, 'Resource2', { type: 'Test::Resource::Fake2' });
const resource3 = new cdk.CfnResource(stack, 'Resource3', { type: 'Test::Resource::Fake3' });
resource1.replaceDependency(resource2, resource3);
app.synth();

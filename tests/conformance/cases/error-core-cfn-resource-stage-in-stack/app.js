// Conformance case 'error-core-cfn-resource-stage-in-stack': cfn-resource.test.ts 'CfnResource
// cannot be in Stage in Stack': a Stage starts a new scope, which has no Stack.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const stage = new cdk.Stage(stack, 'Stage');
new cdk.CfnResource(stage, 'Resource', { type: 'Some::Resource' });
app.synth();

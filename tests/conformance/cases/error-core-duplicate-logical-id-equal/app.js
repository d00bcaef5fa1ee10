// Conformance case 'error-core-duplicate-logical-id-equal': two resources given one logical id
// (overrideLogicalId) with equal definitions: aws-cdk-lib's template merge refuses any duplicate.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Dup');
const a = new cdk.CfnResource(stack, 'A', { type: 'AWS::SNS::Topic' });
const b = new cdk.CfnResource(stack, 'B', { type: 'AWS::SNS::Topic' });
a.overrideLogicalId('Same');
b.overrideLogicalId('Same');
app.synth();

// Conformance case 'error-iam-policy-name-not-unique-group': a second policy named "Foo" attached to
// a group. Ported from aws-cdk: aws-iam/test/policy.test.ts, 'fails if policy name is not unique
// within a user/group/role' (a group).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const p1 = new iam.Policy(stack, 'P1', { policyName: 'Foo' });
const p2 = new iam.Policy(stack, 'P2', { policyName: 'Foo' });
const group = new iam.Group(stack, 'MyGroup');
p1.attachToGroup(group);
p2.attachToGroup(group);
app.synth();

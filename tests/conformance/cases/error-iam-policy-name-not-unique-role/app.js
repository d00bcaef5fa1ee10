// Conformance case 'error-iam-policy-name-not-unique-role': error: aws-iam policy.test.ts 'fails if policy name is not unique within a user/group/role (a role)'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const p1 = new iam.Policy(stack, 'P1', { policyName: 'Foo' });
const p2 = new iam.Policy(stack, 'P2', { policyName: 'Foo' });
const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
p1.attachToRole(role);
p2.attachToRole(role);
app.synth();

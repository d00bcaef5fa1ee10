// Conformance case 'error-iam-policy-name-not-unique-user': error: aws-iam policy.test.ts 'fails if policy name is not unique within a user/group/role (a user)'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const p1 = new iam.Policy(stack, 'P1', { policyName: 'Foo' });
const p2 = new iam.Policy(stack, 'P2', { policyName: 'Foo' });
const user = new iam.User(stack, 'MyUser');
p1.attachToUser(user);
p2.attachToUser(user);
app.synth();

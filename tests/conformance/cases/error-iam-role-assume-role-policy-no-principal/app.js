// Conformance case 'error-iam-role-assume-role-policy-no-principal': a statement without a principal
// added to role.assumeRolePolicy fails the synth. Ported from aws-cdk: aws-iam/test/role.test.ts,
// 'fails if assumeRolePolicy is invalid'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const role = new iam.Role(stack, 'MyRole', {
  assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'),
  managedPolicies: [new iam.ManagedPolicy(stack, 'MyManagedPolicy')],
});
role.assumeRolePolicy.addStatements(new iam.PolicyStatement({ actions: ['*'] }));
app.synth();

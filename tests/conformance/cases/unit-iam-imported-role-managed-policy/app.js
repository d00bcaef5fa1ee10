// Conformance case 'unit-iam-imported-role-managed-policy': aws-iam imported-role.test.ts, a stack
// per test: addManagedPolicy of a new ManagedPolicy on an immutable import (the policy names no
// role) and on a mutable one (Roles: the imported role's name); addManagedPolicy of an imported
// ManagedPolicy on a mutable import, which 2.276 does not throw for (the test's "Can't Combine"
// error is newer): it warns (@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy) and attaches nothing.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
function managed(stack) {
  return new iam.ManagedPolicy(stack, 'MyPolicy', {
    managedPolicyName: 'MyCustomManagedPolicy',
    statements: [new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::my-bucket'] })],
  });
}
{
  const stack = new cdk.Stack(app, 'Immutable', { env: { account: '123456789012' } });
  const role = iam.Role.fromRoleArn(stack, 'ImportedRole', 'arn:aws:iam::123456789012:role/ExistingRoleName', { mutable: false });
  role.addManagedPolicy(managed(stack));
}
{
  const stack = new cdk.Stack(app, 'Mutable', { env: { account: '123456789012' } });
  const role = iam.Role.fromRoleArn(stack, 'ImportedRole', 'arn:aws:iam::123456789012:role/ExistingRoleName', { mutable: true });
  role.addManagedPolicy(managed(stack));
}
{
  const stack = new cdk.Stack(app, 'ImportedPolicy', { env: { account: '123456789012' } });
  const imported = iam.ManagedPolicy.fromManagedPolicyArn(stack, 'PolicyAttachmentSample', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
  const role = iam.Role.fromRoleArn(stack, 'ImportedRole', 'arn:aws:iam::123456789012:role/ExistingRoleName', { mutable: true });
  role.addManagedPolicy(imported);
  new cdk.CfnOutput(stack, 'RoleName', { value: role.roleName });
}
app.synth();

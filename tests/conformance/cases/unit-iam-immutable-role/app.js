// Conformance case 'unit-iam-immutable-role': aws-iam immutable-role.test.ts, a stack per test (each
// with beforeEach's MutableRole and its withoutPolicyUpdates()): attachInlinePolicy on the immutable
// role ignored, Role.fromRoleName's id kept, an immutable import given one Policy twice, addManagedPolicy
// and addToPolicy ignored, Grant.addToPrincipal ignored, constructs under the immutable role.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const { Construct } = require('constructs');

const app = new cdk.App();
function setup(id) {
  const stack = new cdk.Stack(app, id);
  const mutableRole = new iam.Role(stack, 'MutableRole', { assumedBy: new iam.AnyPrincipal() });
  return { stack, mutableRole, immutableRole: mutableRole.withoutPolicyUpdates() };
}
function userPolicy(stack) {
  const user = new iam.User(stack, 'User');
  return new iam.Policy(stack, 'Policy', {
    statements: [new iam.PolicyStatement({ resources: ['*'], actions: ['s3:*'] })],
    users: [user],
  });
}
{
  const { stack, immutableRole } = setup('T1');
  immutableRole.attachInlinePolicy(userPolicy(stack));
}
{
  const { stack } = setup('T2');
  iam.Role.fromRoleName(stack, 'TestRole123', 'my-role');
  if (!stack.node.tryFindChild('TestRole123') || stack.node.tryFindChild('MutableRoleTestRole123')) throw new Error('ids');
}
{
  const { stack } = setup('T3');
  const policy = userPolicy(stack);
  const found = iam.Role.fromRoleArn(stack, 'MyRole', 'arn:aws:iam::12345:role/role-name', { mutable: false });
  found.attachInlinePolicy(policy);
  stack.node.tryFindChild('MyRole').attachInlinePolicy(policy);
}
{
  // the test passes { managedPolicyArn: 'Arn1' } objects; imported managed policies of those ARNs here
  const { stack, mutableRole, immutableRole } = setup('T4');
  mutableRole.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Arn1', 'Arn1'));
  immutableRole.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Arn2', 'Arn2'));
}
{
  const { mutableRole, immutableRole } = setup('T5');
  immutableRole.addToPolicy(new iam.PolicyStatement({ resources: ['*'], actions: ['iam:*'] }));
  mutableRole.addToPolicy(new iam.PolicyStatement({ resources: ['*'], actions: ['s3:*'] }));
}
{
  const { immutableRole } = setup('T6');
  iam.Grant.addToPrincipal({ grantee: immutableRole, actions: ['s3:*'], resourceArns: ['*'] });
}
{
  const { mutableRole, immutableRole } = setup('T7');
  new Construct(immutableRole, 'Child');
  new Construct(mutableRole.withoutPolicyUpdates(), 'Child2');
}
app.synth();

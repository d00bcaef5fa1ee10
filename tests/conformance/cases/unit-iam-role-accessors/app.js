// Conformance case 'unit-iam-role-accessors': aws-iam role.test.ts, a stack per test: role.roleId and
// statements added to role.assumeRolePolicy; Role.customizeRoles at a relative and at an absolute
// scope (a construct under the stack) with role.roleName in an output; a precreated role's
// grants, managed policies, statements and withoutPolicyUpdates (no policies made) with its
// roleName, roleArn and principalAccount as outputs; roleId of a role under customizeRoles with
// preventSynthesis: false.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const sns = () => new iam.ServicePrincipal('sns.amazonaws.com');

{
  const stack = new cdk.Stack(app, 'RoleId');
  const role = new iam.Role(stack, 'MyRole', { assumedBy: sns() });
  role.assumeRolePolicy.addStatements(new iam.PolicyStatement({
    actions: ['sts:AssumeRole', 'sts:TagSession'],
    principals: [new iam.AccountPrincipal('123456789012')],
  }));
  new cdk.CfnOutput(stack, 'Id', { value: role.roleId });
}
for (const [name, key] of [['Relative', 'Role'], ['Absolute', 'Absolute/SomeConstruct/Role']]) {
  const stack = new cdk.Stack(app, name);
  const subScope = new Construct(stack, 'SomeConstruct');
  iam.Role.customizeRoles(subScope, { usePrecreatedRoles: { [key]: 'SomeRoleName' } });
  const role = new iam.Role(subScope, 'Role', { assumedBy: sns() });
  new cdk.CfnOutput(subScope, 'Name', { value: role.roleName });
}
{
  const stack = new cdk.Stack(app, 'AllProps');
  iam.Role.customizeRoles(stack, { usePrecreatedRoles: { 'AllProps/Role': 'SomeRoleName' } });
  const role = new iam.Role(stack, 'Role', { assumedBy: sns() });
  const importedRole = iam.Role.fromRoleName(stack, 'ImportedRole', 'ImportedRole');
  importedRole.grant(role, 'sts:AssumeRole');
  role.addToPolicy(new iam.PolicyStatement({ effect: iam.Effect.ALLOW, actions: ['*'], resources: ['*'] }));
  const principal = iam.Role.fromRoleName(stack, 'OtherRole', 'OtherRole');
  role.grant(principal, 'sts:AssumeRole');
  role.grantPassRole(principal);
  role.grantAssumeRole(principal);
  role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
  role.addManagedPolicy(new iam.ManagedPolicy(stack, 'MyPolicy', {
    statements: [new iam.PolicyStatement({ effect: iam.Effect.ALLOW, actions: ['sns:Publish'], resources: ['*'] })],
  }));
  role.withoutPolicyUpdates();
  new cdk.CfnOutput(stack, 'RoleName', { value: role.roleName });
  new cdk.CfnOutput(stack, 'RoleArn', { value: role.roleArn });
  new cdk.CfnOutput(stack, 'PrincipalAccount', { value: role.principalAccount });
}
{
  const stack = new cdk.Stack(app, 'NoPrevent');
  iam.Role.customizeRoles(stack, { preventSynthesis: false, usePrecreatedRoles: { 'NoPrevent/Role': 'SomeRoleName' } });
  const role = new iam.Role(stack, 'Role', { assumedBy: sns() });
  new cdk.CfnOutput(stack, 'Id', { value: role.roleId });
}
app.synth();

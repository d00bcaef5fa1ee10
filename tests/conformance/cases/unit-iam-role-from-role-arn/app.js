// Conformance case 'unit-iam-role-from-role-arn': aws-iam role.from-role-arn.test.ts, a role stack
// (and a policy stack) per scenario: a static ARN imported into an agnostic stack, a stack of its
// account and one of another account, then addToPolicy, or a Policy (somePolicy) of the same stack,
// of an agnostic stack, of a stack of the ARN's account or of others attached to it; mutable: false
// (with addGrantsToResources); defaultPolicyName with Grant.addToPrincipal; a dynamic (Lazy) ARN in an
// agnostic and a targeted stack, its roleName in a trust policy; service-role ARNs' names.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const roleAccount = '123456789012';
const notRoleAccount = '012345678901';
const staticArn = `arn:aws:iam::${roleAccount}:role/MyRole`;
const somePolicyStatement = () => new iam.PolicyStatement({ actions: ['s3:*'], resources: ['xyz'] });
function somePolicy(policyStack, policyName) {
  const someRole = new iam.Role(policyStack, 'SomeExampleRole', { assumedBy: new iam.AnyPrincipal() });
  someRole.node.defaultChild.overrideLogicalId('SomeRole');
  return new iam.Policy(policyStack, 'MyPolicy', { policyName, statements: [somePolicyStatement()], roles: [someRole] });
}
const env = (account) => (account ? { env: { account } } : {});
// [name, role stack account, mutable options, ARN, what: 'add' or the policy stack's account ('same': the role stack's)]
const dynamicArn = cdk.Lazy.string({ produce: () => 'role-arn' });
const scenarios = [
  ['A1', undefined, undefined, staticArn, 'add'],
  ['A2', undefined, undefined, staticArn, 'same'],
  ['A3', undefined, undefined, staticArn, null],
  ['A4', undefined, undefined, staticArn, roleAccount],
  ['A5', undefined, undefined, staticArn, notRoleAccount],
  ['B1', roleAccount, undefined, staticArn, 'add'],
  ['B2', roleAccount, undefined, staticArn, 'same'],
  ['B3', roleAccount, undefined, staticArn, null],
  ['B4', roleAccount, undefined, staticArn, roleAccount],
  ['B5', roleAccount, undefined, staticArn, notRoleAccount],
  ['C1', notRoleAccount, undefined, staticArn, 'add'],
  ['C2', notRoleAccount, undefined, staticArn, 'same'],
  ['C3', notRoleAccount, undefined, staticArn, null],
  ['C4', notRoleAccount, undefined, staticArn, roleAccount],
  ['C5', notRoleAccount, undefined, staticArn, notRoleAccount],
  ['C6', notRoleAccount, undefined, staticArn, 'some-random-account'],
  ['D1', undefined, { mutable: false }, staticArn, 'add'],
  ['D2', undefined, { mutable: false }, staticArn, roleAccount],
  ['E1', undefined, { mutable: false, addGrantsToResources: true }, staticArn, 'add'],
  ['H1', undefined, undefined, dynamicArn, 'add'],
  ['H2', undefined, undefined, dynamicArn, 'same'],
  ['H3', undefined, undefined, dynamicArn, null],
  ['H4', undefined, undefined, dynamicArn, roleAccount],
  ['I1', roleAccount, undefined, dynamicArn, 'add'],
  ['I2', roleAccount, undefined, dynamicArn, 'same'],
  ['I3', roleAccount, undefined, dynamicArn, null],
  ['I4', roleAccount, undefined, dynamicArn, roleAccount],
  ['I5', roleAccount, undefined, dynamicArn, notRoleAccount],
];
for (const [name, account, options, arn, what] of scenarios) {
  const roleStack = new cdk.Stack(app, `${name}RoleStack`, env(account));
  const importedRole = iam.Role.fromRoleArn(roleStack, 'ImportedRole', arn, options);
  if (what === 'add') {
    importedRole.addToPolicy(somePolicyStatement());
  } else {
    const policyStack = what === 'same' ? roleStack : new cdk.Stack(app, `${name}PolicyStack`, env(what));
    importedRole.attachInlinePolicy(somePolicy(policyStack, 'MyPolicy'));
  }
}
{
  const roleStack = new cdk.Stack(app, 'H0RoleStack');
  const importedRole = iam.Role.fromRoleArn(roleStack, 'ImportedRole', dynamicArn);
  new iam.Role(roleStack, 'AnyRole', { roleName: 'AnyRole', assumedBy: new iam.ArnPrincipal(importedRole.roleName) });
}
{
  const roleStack = new cdk.Stack(app, 'G1RoleStack');
  new cdk.CfnResource(roleStack, 'SomeResource', { type: 'CDK::Test::SomeResource' });
  const importedRole = iam.Role.fromRoleArn(roleStack, 'ImportedRole', staticArn, { defaultPolicyName: 'UserSpecifiedDefaultPolicy' });
  iam.Grant.addToPrincipal({ actions: ['service:DoAThing'], grantee: importedRole, resourceArns: ['*'] });
}
for (const [name, arn] of [
  ['J1', `arn:aws:iam::${roleAccount}:role/service-role/codebuild-role`],
  ['J2', `arn:aws:iam::${roleAccount}:role/aws-service-role/anyservice.amazonaws.com/codebuild-role`],
]) {
  const roleStack = new cdk.Stack(app, `${name}RoleStack`);
  const importedRole = iam.Role.fromRoleArn(roleStack, 'Role', arn);
  new iam.Policy(roleStack, 'Policy', { statements: [somePolicyStatement()], roles: [importedRole] });
}
app.synth();

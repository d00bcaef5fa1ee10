// Conformance case 'unit-iam-policy': aws-iam policy.test.ts, one stack per test (groups left out:
// ccdk has no Group): the name from the logical id, users and roles by props and by methods, each
// once (an import by ARN too), an empty or unattached policy left out of the template and of
// DependsOn, generated names of the last 128 characters of the logical id.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'NameOmitted');
  const policy = new iam.Policy(stack, 'MyPolicy');
  policy.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['sqs:SendMessage'] }));
  policy.addStatements(new iam.PolicyStatement({ resources: ['arn'], actions: ['sns:Subscribe'] }));
  const user = new iam.User(stack, 'MyUser');
  user.attachInlinePolicy(policy);
}
{
  const stack = new cdk.Stack(app, 'AttachedViaProps');
  const user1 = new iam.User(stack, 'User1');
  const role1 = new iam.Role(stack, 'Role1', { assumedBy: new iam.ServicePrincipal('test.service') });
  new iam.Policy(stack, 'MyTestPolicy', {
    policyName: 'Foo',
    users: [user1],
    roles: [role1],
    statements: [new iam.PolicyStatement({ resources: ['*'], actions: ['dynamodb:PutItem'] })],
  });
}
{
  const stack = new cdk.Stack(app, 'IdempotentUser');
  const p = new iam.Policy(stack, 'MyPolicy');
  p.addStatements(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));
  const user = new iam.User(stack, 'MyUser');
  p.attachToUser(user);
  p.attachToUser(user);
}
{
  const stack = new cdk.Stack(app, 'AttachedViaMethods');
  const p = new iam.Policy(stack, 'MyTestPolicy', { policyName: 'Foo' });
  p.attachToUser(new iam.User(stack, 'User1'));
  p.attachToUser(new iam.User(stack, 'User2'));
  p.attachToRole(new iam.Role(stack, 'Role1', { assumedBy: new iam.ServicePrincipal('test.service') }));
  p.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['dynamodb:GetItem'] }));
}
{
  const stack = new cdk.Stack(app, 'AttachedViaPrincipal');
  const policy = new iam.Policy(stack, 'MyPolicy');
  const user = new iam.User(stack, 'MyUser');
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('test.service') });
  user.attachInlinePolicy(policy);
  role.attachInlinePolicy(policy);
  policy.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
}
{
  const stack = new cdk.Stack(app, 'UniqueNames');
  const p1 = new iam.Policy(stack, 'P1', { policyName: 'Foo' });
  const p3 = new iam.Policy(stack, 'P3');
  const user = new iam.User(stack, 'MyUser');
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  for (const p of [p1, p3]) {
    p.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
    p.attachToUser(user);
    p.attachToRole(role);
  }
}
{
  const stack = new cdk.Stack(app, 'IdempotentTwice');
  const p = new iam.Policy(stack, 'Policy');
  p.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
  const user = new iam.User(stack, 'MyUser');
  p.attachToUser(user);
  p.attachToUser(user);
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('test.service') });
  p.attachToRole(role);
  p.attachToRole(role);
}
{
  const stack = new cdk.Stack(app, 'IdempotentImported');
  const p = new iam.Policy(stack, 'Policy');
  p.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
  const user = new iam.User(stack, 'MyUser');
  const importedUser = iam.User.fromUserArn(stack, 'MyImportedUser', user.userArn);
  p.attachToUser(user);
  p.attachToUser(importedUser);
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('test.service') });
  const importedRole = iam.Role.fromRoleArn(stack, 'MyImportedRole', role.roleArn);
  p.attachToRole(role);
  p.attachToRole(importedRole);
}
function createPolicyWithLogicalId(stack, logicalId) {
  const policy = new iam.Policy(stack, logicalId);
  policy.node.defaultChild.overrideLogicalId(logicalId);
  policy.addStatements(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));
  policy.attachToRole(new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() }));
}
{
  const stack = new cdk.Stack(app, 'ShortLogicalId');
  createPolicyWithLogicalId(stack, 'Foo');
}
{
  const stack = new cdk.Stack(app, 'LongLogicalId');
  createPolicyWithLogicalId(stack, 'PREFIX' + 'a' + 'x'.repeat(126) + 'a');
}
{
  const stack = new cdk.Stack(app, 'EmptyDependency');
  const pol = new iam.Policy(stack, 'Pol', { force: false });
  const res = new cdk.CfnResource(stack, 'Resource', { type: 'Some::Resource' });
  res.node.addDependency(pol);
}
{
  const stack = new cdk.Stack(app, 'AttachedDependency');
  const pol = new iam.Policy(stack, 'Pol', { force: false });
  pol.addStatements(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
  pol.attachToUser(new iam.User(stack, 'User'));
  const res = new cdk.CfnResource(stack, 'Resource', { type: 'Some::Resource' });
  res.node.addDependency(pol);
}
{
  const stack = new cdk.Stack(app, 'EmptyOk');
  new iam.Policy(stack, 'Pol', { force: false });
  // not attached: left out too
  new iam.Policy(stack, 'Unattached', { statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
  // attached, empty: left out
  const empty = new iam.Policy(stack, 'Empty');
  empty.attachToRole(new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() }));
  // forced: there
  const forced = new iam.Policy(stack, 'Forced', { force: true });
  forced.addStatements(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
  forced.attachToUser(new iam.User(stack, 'User'));
}
app.synth();

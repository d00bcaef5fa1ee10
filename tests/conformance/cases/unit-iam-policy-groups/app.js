// Conformance case 'unit-iam-policy-groups': aws-iam policy.test.ts's tests with a Group, a stack
// per test: a policy with statements and one from PolicyDocument.fromJson attached with
// group.attachInlinePolicy; users, groups and roles by props and by methods; attached through the
// principals' attachInlinePolicy; each attached twice; the imports (fromUserArn, fromGroupArn,
// fromRoleArn) of attached principals attached again; P3 (its logical id as name) beside 'Foo'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const test = () => new iam.ServicePrincipal('test.service');
{
  const stack = new cdk.Stack(app, 'WithStatements');
  const policy = new iam.Policy(stack, 'MyPolicy', { policyName: 'MyPolicyName' });
  policy.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['sqs:SendMessage'] }));
  policy.addStatements(new iam.PolicyStatement({ resources: ['arn'], actions: ['sns:Subscribe'] }));
  new iam.Group(stack, 'MyGroup').attachInlinePolicy(policy);
}
{
  const stack = new cdk.Stack(app, 'FromDocument');
  const policy = new iam.Policy(stack, 'MyPolicy', {
    policyName: 'MyPolicyName',
    document: iam.PolicyDocument.fromJson({ Statement: [{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: '*' }] }),
  });
  new iam.Group(stack, 'MyGroup').attachInlinePolicy(policy);
}
{
  const stack = new cdk.Stack(app, 'ViaProps');
  new iam.Policy(stack, 'MyTestPolicy', {
    policyName: 'Foo',
    users: [new iam.User(stack, 'User1')],
    groups: [new iam.Group(stack, 'Group1')],
    roles: [new iam.Role(stack, 'Role1', { assumedBy: test() })],
    statements: [new iam.PolicyStatement({ resources: ['*'], actions: ['dynamodb:PutItem'] })],
  });
}
{
  const stack = new cdk.Stack(app, 'ViaMethods');
  const p = new iam.Policy(stack, 'MyTestPolicy', { policyName: 'Foo' });
  p.attachToUser(new iam.User(stack, 'User1'));
  p.attachToUser(new iam.User(stack, 'User2'));
  p.attachToGroup(new iam.Group(stack, 'Group1'));
  p.attachToRole(new iam.Role(stack, 'Role1', { assumedBy: test() }));
  p.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['dynamodb:GetItem'] }));
}
{
  const stack = new cdk.Stack(app, 'ViaPrincipals');
  const policy = new iam.Policy(stack, 'MyPolicy');
  new iam.User(stack, 'MyUser').attachInlinePolicy(policy);
  new iam.Group(stack, 'MyGroup').attachInlinePolicy(policy);
  new iam.Role(stack, 'MyRole', { assumedBy: test() }).attachInlinePolicy(policy);
  policy.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
}
{
  const stack = new cdk.Stack(app, 'UniqueNames');
  const p1 = new iam.Policy(stack, 'P1', { policyName: 'Foo' });
  const p3 = new iam.Policy(stack, 'P3');
  const user = new iam.User(stack, 'MyUser');
  const group = new iam.Group(stack, 'MyGroup');
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  for (const p of [p1, p3]) {
    p.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
    p.attachToUser(user);
    p.attachToGroup(group);
    p.attachToRole(role);
  }
}
{
  const stack = new cdk.Stack(app, 'Twice');
  const p = new iam.Policy(stack, 'Policy');
  p.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
  const user = new iam.User(stack, 'MyUser');
  p.attachToUser(user);
  p.attachToUser(user);
  const group = new iam.Group(stack, 'MyGroup');
  p.attachToGroup(group);
  p.attachToGroup(group);
  const role = new iam.Role(stack, 'MyRole', { assumedBy: test() });
  p.attachToRole(role);
  p.attachToRole(role);
}
{
  const stack = new cdk.Stack(app, 'ImportedTwice');
  const p = new iam.Policy(stack, 'Policy');
  p.addStatements(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
  const user = new iam.User(stack, 'MyUser');
  p.attachToUser(user);
  p.attachToUser(iam.User.fromUserArn(stack, 'MyImportedUser', user.userArn));
  const group = new iam.Group(stack, 'MyGroup');
  p.attachToGroup(group);
  p.attachToGroup(iam.Group.fromGroupArn(stack, 'MyImportedGroup', group.groupArn));
  const role = new iam.Role(stack, 'MyRole', { assumedBy: test() });
  p.attachToRole(role);
  p.attachToRole(iam.Role.fromRoleArn(stack, 'MyImportedRole', role.roleArn));
}
app.synth();

// Conformance case 'unit-iam-managed-policy': aws-iam managed-policy.test.ts, one stack per test
// (env 1234/us-east-1 as the test's; groups left out: their tests are unit-iam-managed-policy-groups). Values the tests resolve
// are outputs. 'managed policy name is correctly calculated' gets a resource: its statement has none,
// which only the test's missing synth lets pass.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const env = { account: '1234', region: 'us-east-1' };
const mk = (name) => new cdk.Stack(app, name, { env });
const st = (action, resource) => new iam.PolicyStatement({ resources: [resource], actions: [action] });
const out = (stack, id, value) => new cdk.CfnOutput(stack, id, { value });
{
  const stack = mk('SimpleAwsManaged');
  out(stack, 'Arn', iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/SomePolicy').managedPolicyArn);
}
{
  const stack = mk('SimpleCustomerManaged');
  out(stack, 'Arn', iam.ManagedPolicy.fromManagedPolicyName(stack, 'MyCustomerManagedPolicy', 'SomeCustomerPolicy').managedPolicyArn);
}
{
  const stack = mk('ByArn');
  out(stack, 'Arn', iam.ManagedPolicy.fromManagedPolicyArn(stack, 'MyManagedPolicyByArn', 'arn:aws:iam::1234:policy/my-policy').managedPolicyArn);
}
{
  const stack = mk('WithStatements');
  const policy = new iam.ManagedPolicy(stack, 'MyManagedPolicy', { managedPolicyName: 'MyManagedPolicyName' });
  policy.addStatements(st('sqs:SendMessage', '*'));
  policy.addStatements(st('sns:Subscribe', 'arn'));
}
{
  const stack = mk('DocumentAlone');
  new iam.ManagedPolicy(stack, 'MyManagedPolicy', {
    managedPolicyName: 'MyManagedPolicyName',
    document: iam.PolicyDocument.fromJson({ Statement: [{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: '*' }] }),
  });
}
{
  const stack = mk('DocumentAndStatements');
  new iam.ManagedPolicy(stack, 'MyManagedPolicy', {
    managedPolicyName: 'MyManagedPolicyName',
    document: iam.PolicyDocument.fromJson({ Statement: [{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: '*' }] }),
    statements: [st('sns:Subscribe', 'arn')],
  });
}
{
  const stack = mk('NameOmitted');
  const policy = new iam.ManagedPolicy(stack, 'MyManagedPolicy');
  policy.addStatements(st('sqs:SendMessage', '*'));
  policy.addStatements(st('sns:Subscribe', 'arn'));
}
{
  const stack = mk('ViaProps');
  const user1 = new iam.User(stack, 'User1');
  const role1 = new iam.Role(stack, 'Role1', { assumedBy: new iam.ServicePrincipal('test.service') });
  new iam.ManagedPolicy(stack, 'MyTestManagedPolicy', {
    managedPolicyName: 'Foo',
    users: [user1],
    roles: [role1],
    description: 'My Policy Description',
    path: 'tahiti/is/a/magical/place',
    statements: [st('dynamodb:PutItem', '*')],
  });
}
{
  const stack = mk('Idempotent');
  const p = new iam.ManagedPolicy(stack, 'MyManagedPolicy');
  p.addStatements(st('*', '*'));
  const user = new iam.User(stack, 'MyUser');
  p.attachToUser(user);
  p.attachToUser(user);
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('test.service') });
  p.attachToRole(role);
  p.attachToRole(role);
}
{
  const stack = mk('IdempotentImported');
  const p = new iam.ManagedPolicy(stack, 'MyManagedPolicy');
  p.addStatements(st('*', '*'));
  const user = new iam.User(stack, 'MyUser');
  const importedUser = iam.User.fromUserArn(stack, 'MyImportedUser', user.userArn);
  p.attachToUser(user);
  p.attachToUser(importedUser);
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('test.service') });
  const importedRole = iam.Role.fromRoleArn(stack, 'MyImportedRole', role.roleArn);
  p.attachToRole(role);
  p.attachToRole(importedRole);
}
{
  const stack = mk('ByMethods');
  const p = new iam.ManagedPolicy(stack, 'MyManagedPolicy', { managedPolicyName: 'Foo' });
  p.attachToUser(new iam.User(stack, 'User1'));
  p.attachToUser(new iam.User(stack, 'User2'));
  p.attachToRole(new iam.Role(stack, 'Role1', { assumedBy: new iam.ServicePrincipal('test.service') }));
  p.addStatements(st('dynamodb:GetItem', '*'));
}
{
  const stack = mk('MethodsOnPrincipal');
  const policy = new iam.ManagedPolicy(stack, 'MyManagedPolicy');
  const user = new iam.User(stack, 'MyUser');
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('test.service') });
  user.addManagedPolicy(policy);
  role.addManagedPolicy(policy);
  policy.addStatements(st('*', '*'));
}
{
  const stack = mk('AwsManagedOnPrincipal');
  const policy = iam.ManagedPolicy.fromAwsManagedPolicyName('AnAWSManagedPolicy');
  const user = new iam.User(stack, 'MyUser');
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('test.service') });
  user.addManagedPolicy(policy);
  role.addManagedPolicy(policy);
}
{
  const stack = mk('CustomerManagedOnPrincipal');
  const policy = iam.ManagedPolicy.fromManagedPolicyName(stack, 'MyManagedPolicy', 'ACustomerManagedPolicyName');
  const user = new iam.User(stack, 'MyUser');
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('test.service') });
  user.addManagedPolicy(policy);
  role.addManagedPolicy(policy);
}
{
  const stack = mk('NameCalculated');
  const mp = new iam.ManagedPolicy(stack, 'Policy');
  mp.addStatements(new iam.PolicyStatement({ actions: ['a:abc'], resources: ['*'] }));
  out(stack, 'Name', mp.managedPolicyName);
  out(stack, 'Arn', mp.managedPolicyArn);
}
{
  const stack = mk('SameAwsManagedArn');
  out(stack, 'Arn1', iam.ManagedPolicy.fromAwsManagedPolicyName('foo/bar').managedPolicyArn);
  out(stack, 'Arn2', iam.ManagedPolicy.fromAwsManagedPolicyName('foo/bar').managedPolicyArn);
}
app.synth();

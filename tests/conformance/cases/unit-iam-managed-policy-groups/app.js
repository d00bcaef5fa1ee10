// Conformance case 'unit-iam-managed-policy-groups': aws-iam managed-policy.test.ts, the tests
// unit-iam-managed-policy ran without their Group (one stack per test, env 1234/us-east-1 as the
// test's): group.addManagedPolicy, groups by props, attachToGroup twice and with the group's import
// by ARN, attachToGroup among users and roles, the policy on a user, a group and a role by their
// methods (a made, an AWS managed and a customer managed policy); and 'cross-stack hard-name contains
// the right resource type' (PhysicalName.GENERATE_IF_NEEDED, its ARN in a stack of another account),
// with a literal name's ARN there too.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const env = { account: '1234', region: 'us-east-1' };
const mk = (name) => new cdk.Stack(app, name, { env });
const st = (action, resource) => new iam.PolicyStatement({ resources: [resource], actions: [action] });
const role = (stack, id) => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('test.service') });
{ // 'managed policy with statements'
  const stack = mk('WithStatements');
  const policy = new iam.ManagedPolicy(stack, 'MyManagedPolicy', { managedPolicyName: 'MyManagedPolicyName' });
  policy.addStatements(st('sqs:SendMessage', '*'));
  policy.addStatements(st('sns:Subscribe', 'arn'));
  new iam.Group(stack, 'MyGroup').addManagedPolicy(policy);
}
{ // 'policy name can be omitted, in which case the logical id will be used'
  const stack = mk('NameOmitted');
  const policy = new iam.ManagedPolicy(stack, 'MyManagedPolicy');
  policy.addStatements(st('sqs:SendMessage', '*'));
  policy.addStatements(st('sns:Subscribe', 'arn'));
  new iam.Group(stack, 'MyGroup').addManagedPolicy(policy);
}
{ // 'via props, managed policy can be attached to users, groups and roles ...'
  const stack = mk('ViaProps');
  new iam.ManagedPolicy(stack, 'MyTestManagedPolicy', {
    managedPolicyName: 'Foo',
    users: [new iam.User(stack, 'User1')],
    groups: [new iam.Group(stack, 'Group1')],
    roles: [role(stack, 'Role1')],
    description: 'My Policy Description',
    path: 'tahiti/is/a/magical/place',
    statements: [st('dynamodb:PutItem', '*')],
  });
}
{ // 'idempotent if a principal (user/group/role) is attached twice'
  const stack = mk('Idempotent');
  const p = new iam.ManagedPolicy(stack, 'MyManagedPolicy');
  p.addStatements(st('*', '*'));
  const user = new iam.User(stack, 'MyUser');
  p.attachToUser(user);
  p.attachToUser(user);
  const group = new iam.Group(stack, 'MyGroup');
  p.attachToGroup(group);
  p.attachToGroup(group);
  const r = role(stack, 'MyRole');
  p.attachToRole(r);
  p.attachToRole(r);
}
{ // 'idempotent if an imported principal (user/group/role) is attached twice'
  const stack = mk('IdempotentImported');
  const p = new iam.ManagedPolicy(stack, 'MyManagedPolicy');
  p.addStatements(st('*', '*'));
  const user = new iam.User(stack, 'MyUser');
  p.attachToUser(user);
  p.attachToUser(iam.User.fromUserArn(stack, 'MyImportedUser', user.userArn));
  const group = new iam.Group(stack, 'MyGroup');
  p.attachToGroup(group);
  p.attachToGroup(iam.Group.fromGroupArn(stack, 'MyImportedGroup', group.groupArn));
  const r = role(stack, 'MyRole');
  p.attachToRole(r);
  p.attachToRole(iam.Role.fromRoleArn(stack, 'MyImportedRole', r.roleArn));
}
{ // 'users, groups, roles and permissions can be added using methods'
  const stack = mk('ByMethods');
  const p = new iam.ManagedPolicy(stack, 'MyManagedPolicy', { managedPolicyName: 'Foo' });
  p.attachToUser(new iam.User(stack, 'User1'));
  p.attachToUser(new iam.User(stack, 'User2'));
  p.attachToGroup(new iam.Group(stack, 'Group1'));
  p.attachToRole(role(stack, 'Role1'));
  p.addStatements(st('dynamodb:GetItem', '*'));
}
{ // 'policy can be attached to users, groups or role via methods on the principal'
  const stack = mk('MethodsOnPrincipal');
  const policy = new iam.ManagedPolicy(stack, 'MyManagedPolicy');
  new iam.User(stack, 'MyUser').addManagedPolicy(policy);
  new iam.Group(stack, 'MyGroup').addManagedPolicy(policy);
  role(stack, 'MyRole').addManagedPolicy(policy);
  policy.addStatements(st('*', '*'));
}
{ // 'policy from AWS managed policy lookup can be attached ... via methods on the principal'
  const stack = mk('AwsManagedOnPrincipal');
  const policy = iam.ManagedPolicy.fromAwsManagedPolicyName('AnAWSManagedPolicy');
  new iam.User(stack, 'MyUser').addManagedPolicy(policy);
  new iam.Group(stack, 'MyGroup').addManagedPolicy(policy);
  role(stack, 'MyRole').addManagedPolicy(policy);
}
{ // 'policy from customer managed policy lookup can be attached ... via methods'
  const stack = mk('CustomerManagedOnPrincipal');
  const policy = iam.ManagedPolicy.fromManagedPolicyName(stack, 'MyManagedPolicy', 'ACustomerManagedPolicyName');
  new iam.User(stack, 'MyUser').addManagedPolicy(policy);
  new iam.Group(stack, 'MyGroup').addManagedPolicy(policy);
  role(stack, 'MyRole').addManagedPolicy(policy);
}
{ // 'cross-stack hard-name contains the right resource type'
  const stack = new cdk.Stack(app, 'MyStack', { env });
  const mp = new iam.ManagedPolicy(stack, 'Policy', { managedPolicyName: cdk.PhysicalName.GENERATE_IF_NEEDED });
  mp.addStatements(new iam.PolicyStatement({ actions: ['a:abc'], resources: ['*'] }));
  const named = new iam.ManagedPolicy(stack, 'Named', { managedPolicyName: 'NamedPolicy', path: '/p/' });
  named.addStatements(new iam.PolicyStatement({ actions: ['a:abc'], resources: ['*'] }));
  const stack2 = new cdk.Stack(app, 'Stack2', { env: { account: '5678', region: 'us-east-1' } });
  new cdk.CfnOutput(stack2, 'Output', { value: mp.managedPolicyArn });
  new cdk.CfnOutput(stack2, 'NamedOutput', { value: named.managedPolicyArn });
  new cdk.CfnOutput(stack, 'LocalOutput', { value: mp.managedPolicyArn });
}
app.synth();

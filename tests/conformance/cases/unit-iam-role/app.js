// Conformance case 'unit-iam-role': aws-iam role.test.ts, one stack per test: the default role,
// grantPassRole / grantAssumeRole to a user, externalIds, the default policy made on first statement,
// managed policies given and added (deduplicated), path, maxSessionDuration, a CompositePrincipal,
// a permissions boundary, AnyPrincipal as {AWS: *}, descriptions (an empty one left out), a role
// name of 64 characters, many copies of one statement, cross-environment role ARNs with a path.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const sns = () => new iam.ServicePrincipal('sns.amazonaws.com');

{
  const stack = new cdk.Stack(app, 'DefaultRole');
  new iam.Role(stack, 'MyRole', { assumedBy: sns() });
}
{
  const stack = new cdk.Stack(app, 'GrantPassRole');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('henk.amazonaws.com') });
  const user = new iam.User(stack, 'User');
  role.grantPassRole(user);
}
{
  const stack = new cdk.Stack(app, 'GrantAssumeRole');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('henk.amazonaws.com') });
  const user = new iam.User(stack, 'User');
  role.grantAssumeRole(user);
  // grant() and grants to another role, an imported role and a principal with conditions
  const other = new iam.Role(stack, 'Other', { assumedBy: user });
  role.grant(other, 'iam:GetRole', 'iam:TagRole');
  role.grantAssumeRole(new iam.PrincipalWithConditions(other, { StringEquals: { 'aws:PrincipalTag/team': 'a' } }));
  const imported = iam.Role.fromRoleName(stack, 'Imported', 'ImportedRole');
  role.grantPassRole(imported);
  imported.grantPassRole(other);
  role.grantAssumeRole(new iam.ArnPrincipal('arn:aws:iam::123456789012:user/someone')); // no policy: nothing
}
{
  const stack = new cdk.Stack(app, 'SingleExternalIds');
  new iam.Role(stack, 'MyRole', { assumedBy: sns(), externalIds: ['SomeSecret'] });
}
{
  const stack = new cdk.Stack(app, 'MultipleExternalIds');
  new iam.Role(stack, 'MyRole', { assumedBy: sns(), externalIds: ['SomeSecret', 'AnotherSecret'] });
}
{
  const before = new cdk.Stack(app, 'PolicyBefore');
  new iam.Role(before, 'MyRole', { assumedBy: sns() });
  const after = new cdk.Stack(app, 'PolicyAfter');
  const afterRole = new iam.Role(after, 'MyRole', { assumedBy: sns() });
  afterRole.addToPolicy(new iam.PolicyStatement({ resources: ['myresource'], actions: ['service:myaction'] }));
}
{
  const stack = new cdk.Stack(app, 'ManagedPolicyArns');
  const role = new iam.Role(stack, 'MyRole', {
    assumedBy: new iam.ServicePrincipal('test.service'),
    managedPolicies: [
      iam.ManagedPolicy.fromManagedPolicyArn(stack, 'M1', 'managed1'),
      iam.ManagedPolicy.fromManagedPolicyArn(stack, 'M2', 'managed2'),
    ],
  });
  role.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(stack, 'M3', 'managed3'));
}
{
  const stack = new cdk.Stack(app, 'RolePath');
  new iam.Role(stack, 'MyRole', { path: '/', assumedBy: sns() });
  new iam.Role(stack, 'LongPath', { path: '/' + 'a'.repeat(510) + '/', assumedBy: sns() });
  new iam.Role(stack, 'SymbolsPath', { path: '/a-b_c/d~!@#$%^&*()+=[]{}|;:,.<>?/', assumedBy: sns() });
}
{
  const stack = new cdk.Stack(app, 'MaxSessionDefault');
  new iam.Role(stack, 'MyRole', { assumedBy: sns() });
}
{
  const stack = new cdk.Stack(app, 'MaxSession3700');
  new iam.Role(stack, 'MyRole', { maxSessionDuration: cdk.Duration.seconds(3700), assumedBy: sns() });
}
{
  const stack = new cdk.Stack(app, 'MaxSessionRange');
  const assumedBy = new iam.ServicePrincipal('bla');
  new iam.Role(stack, 'MyRole1', { assumedBy, maxSessionDuration: cdk.Duration.hours(1) });
  new iam.Role(stack, 'MyRole2', { assumedBy, maxSessionDuration: cdk.Duration.hours(12) });
}
{
  const stack = new cdk.Stack(app, 'MultiplePrincipals');
  new iam.Role(stack, 'MyRole', {
    assumedBy: new iam.CompositePrincipal(
      new iam.ServicePrincipal('boom.amazonaws.test'),
      new iam.ArnPrincipal('1111111'),
    ),
  });
}
{
  const stack = new cdk.Stack(app, 'PermissionsBoundary');
  new iam.Role(stack, 'MyRole', {
    assumedBy: sns(),
    permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('managed-policy'),
  });
  new iam.Role(stack, 'ByArn', {
    assumedBy: sns(),
    permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Boundary', 'arn:aws:iam::123456789012:policy/boundary'),
  });
}
{
  const stack = new cdk.Stack(app, 'AnyPrincipal');
  new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() });
}
{
  const stack = new cdk.Stack(app, 'Description');
  new iam.Role(stack, 'MyRole', { assumedBy: sns(), description: 'This is a role description.' });
  new iam.Role(stack, 'Empty', { assumedBy: sns(), description: '' });
  new iam.Role(stack, 'Long', { assumedBy: sns(), description: 'x'.repeat(1000) });
}
{
  const stack = new cdk.Stack(app, 'DeduplicatedArns');
  const role = new iam.Role(stack, 'MyRole', {
    assumedBy: sns(),
    managedPolicies: [
      iam.ManagedPolicy.fromAwsManagedPolicyName('SuperDeveloper'),
      iam.ManagedPolicy.fromAwsManagedPolicyName('SuperDeveloper'),
    ],
  });
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
  for (let i = 0; i < 20; i++) {
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('SuperDeveloper'));
  }
}
{
  const stack = new cdk.Stack(app, 'ManyCopies');
  const role = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('service.amazonaws.com') });
  for (let i = 0; i < 100; i++) {
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['aws:DoAThing'],
      resources: ['arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource'],
    }));
  }
}
{
  const stack = new cdk.Stack(app, 'RoleName64');
  new iam.Role(stack, 'Test', { assumedBy: sns(), roleName: 'a'.repeat(64) });
  new iam.Role(stack, 'Chars', { assumedBy: sns(), roleName: 'Az09_+=,.@-' });
  new iam.Role(stack, 'TokenName', { assumedBy: sns(), roleName: cdk.Fn.join('', ['x y', cdk.Aws.REGION]) });
}
app.synth();

// Conformance case 'iam-group': aws-iam group.test.ts and user.test.ts: a default group, users added
// with user.addToGroup / group.addUser / the groups prop, a group with a name, path and managed
// policies (one object twice, one later), groups imported by ARN and by name (a path in the name),
// an imported user added to groups (UserToGroupAddition), user.attachInlinePolicy on an import,
// Policy and ManagedPolicy attached to groups (props and attachToGroup), group.addToPolicy, a
// role granted to a group, a group as a principal, a cross-env group ARN with a path.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new iam.Group(stack, 'MyGroup');
const asdf = iam.ManagedPolicy.fromAwsManagedPolicyName('asdf');
const named = new iam.Group(stack, 'Named', { groupName: 'sample', path: '/p/', managedPolicies: [asdf] });
named.addManagedPolicy(asdf);
named.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('asdf'));
named.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('later'));
const user1 = new iam.User(stack, 'User1');
const user2 = new iam.User(stack, 'User2', { groups: [named] });
user1.addToGroup(group);
group.addUser(user2);
named.addUser(user1);

const john = iam.User.fromUserName(stack, 'ImportedUser', 'john');
john.addToGroup(group);
named.addUser(john);
john.attachInlinePolicy(new iam.Policy(stack, 'JohnPolicy', {
  statements: [new iam.PolicyStatement({ actions: ['aws:Use'], resources: ['*'] })],
}));

const imported = iam.Group.fromGroupArn(stack, 'ImportedGroup', 'arn:aws:iam::123456789012:group/division/Name');
const byName1 = iam.Group.fromGroupName(stack, 'imported-group1', 'MyGroupName1');
const byName2 = iam.Group.fromGroupName(stack, 'imported-group2', 'division/MyGroupName2');
new cdk.CfnOutput(stack, 'Arn1', { value: byName1.groupArn });
new cdk.CfnOutput(stack, 'Arn2', { value: byName2.groupArn });
new cdk.CfnOutput(stack, 'Name2', { value: byName2.groupName });
imported.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
group.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
group.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['*'] }));

const policy = new iam.Policy(stack, 'Policy', {
  groups: [group],
  statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
});
policy.attachToGroup(named);
policy.attachToGroup(group);
const inline = new iam.Policy(stack, 'Inline', {
  policyName: 'inline',
  statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
});
byName1.attachInlinePolicy(inline);
const managed = new iam.ManagedPolicy(stack, 'Managed', {
  groups: [group],
  statements: [new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] })],
});
managed.attachToGroup(named);
managed.attachToGroup(group);

const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
role.grantPassRole(group);
role.grantAssumeRole(named);
new cdk.CfnResource(stack, 'Doc', {
  type: 'Custom::Doc',
  properties: {
    Document: new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [imported] })],
    }),
  },
});

const groupStack = new cdk.Stack(app, 'group-stack', { env: { account: '123456789012', region: 'us-east-1' } });
const referencerStack = new cdk.Stack(app, 'referencer-stack', { env: { region: 'us-east-2' } });
const crossEnv = new iam.Group(groupStack, 'Group', { path: '/sample/path/', groupName: 'sample-name' });
new cdk.CfnResource(referencerStack, 'Referencer', {
  type: 'Custom::GroupReferencer',
  properties: { GroupArn: crossEnv.groupArn, GroupName: crossEnv.groupName },
});
app.synth();

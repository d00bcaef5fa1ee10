// Conformance case 'unit-iam-user-escape-hatch': aws-iam escape-hatch.test.ts (addPropertyOverride,
// addOverride and an UpdatePolicy on a User's CfnUser), user.test.ts (a default user, managed
// policies, a permissionsBoundary, names of users imported by ARN with paths and tokens, policies of
// an imported user, a cross-env user ARN with a path) and group.test.ts's two "more than 10 managed
// policies" tests (2.276 warns in neither), a stack per test.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
function makeStackAndUser(id) {
  const stack = new cdk.Stack(app, id);
  const user = new iam.User(stack, 'user', { userName: 'MyUserName' });
  return { stack, user };
}
{
  const { user } = makeStackAndUser('Escape1');
  user.node.findChild('Resource').addPropertyOverride('UserName', 'OverriddenUserName');
}
{
  const { user } = makeStackAndUser('Escape2');
  user.node.findChild('Resource').addPropertyOverride('Hello.World', 'Boom');
}
{
  const { user } = makeStackAndUser('Escape3');
  const cfn = user.node.findChild('Resource');
  cfn.cfnOptions.updatePolicy = { useOnlineResharding: true };
  cfn.addOverride('Properties.Hello.World', 'Bam');
  cfn.addOverride('Properties.UserName', 'HA!');
  cfn.addOverride('Joob.Jab', 'Jib');
  cfn.addOverride('Joob.Jab', 'Jib');
  cfn.addOverride('UpdatePolicy.UseOnlineResharding.Type', 'None');
}
new iam.User(new cdk.Stack(app, 'MyStack'), 'MyUser');
new iam.User(new cdk.Stack(app, 'Managed'), 'MyUser', {
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('asdf')],
});
{
  const stack = new cdk.Stack(app, 'Boundary');
  new iam.User(stack, 'MyUser', { permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('managed-policy') });
}
{
  const stack = new cdk.Stack(app, 'Imports');
  const out = (id, v) => new cdk.CfnOutput(stack, id, { value: v });
  out('ByNameArn', iam.User.fromUserName(stack, 'import', 'MyUserName').userArn);
  out('ByArn', iam.User.fromUserArn(stack, 'import2', 'arn:aws:iam::account-id:user/MyUserName').userName);
  out('ByTokenArn', iam.User.fromUserArn(stack, 'import3', cdk.Token.asString({ Ref: 'ARN' })).userName);
  out('ByArnPath', iam.User.fromUserArn(stack, 'import4', 'arn:aws:iam::account-id:user/path/MyUserName').userName);
  out('ByArnPaths', iam.User.fromUserArn(stack, 'import5', 'arn:aws:iam::account-id:user/p/a/t/h/MyUserName').userName);
  out('AttrToken', iam.User.fromUserAttributes(stack, 'import6', { userArn: cdk.Token.asString({ Ref: 'ARN' }) }).userName);
  out('Attr', iam.User.fromUserAttributes(stack, 'import7', { userArn: 'arn:aws:iam::account-id:user/MyUserName' }).userName);
  out('AttrPath', iam.User.fromUserAttributes(stack, 'import8', { userArn: 'arn:aws:iam::account-id:user/path/MyUserName' }).userName);
  out('AttrPaths', iam.User.fromUserAttributes(stack, 'import9', { userArn: 'arn:aws:iam::account-id:user/p/a/t/h/MyUserName' }).userName);
  new cdk.CfnParameter(stack, 'ARN');
}
{
  const stack = new cdk.Stack(app, 'AddToPolicy');
  iam.User.fromUserName(stack, 'ImportedUser', 'john')
    .addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['aws:Use'], resources: ['*'] }));
}
{
  const stack = new cdk.Stack(app, 'Attach');
  iam.User.fromUserName(stack, 'ImportedUser', 'john').attachInlinePolicy(new iam.Policy(stack, 'Policy', {
    statements: [new iam.PolicyStatement({ actions: ['aws:Use'], resources: ['*'] })],
  }));
}
{
  const userStack = new cdk.Stack(app, 'user-stack', { env: { account: '123456789012', region: 'us-east-1' } });
  const referencerStack = new cdk.Stack(app, 'referencer-stack', { env: { region: 'us-east-2' } });
  const user = new iam.User(userStack, 'User', { path: '/sample/path/', userName: 'sample-name' });
  new cdk.CfnResource(referencerStack, 'Referencer', { type: 'Custom::UserReferencer', properties: { UserArn: user.userArn } });
}
{
  const stack = new cdk.Stack(app, 'Group11');
  new iam.Group(stack, 'MyGroup', {
    groupName: 'MyGroup',
    managedPolicies: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map(n => iam.ManagedPolicy.fromAwsManagedPolicyName(n)),
  });
}
{
  const stack = new cdk.Stack(app, 'Group12');
  const group = new iam.Group(stack, 'MyGroup', { groupName: 'MyGroup' });
  for (let i = 0; i <= 11; i++) group.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(i.toString()));
}
app.synth();

// Conformance case 'unit-iam-lazy-role': aws-iam lazy-role.test.ts, a stack per test: an unused
// LazyRole (no role), one whose roleArn is read, one under Role.customizeRoles' usePrecreatedRoles
// (no role, no policy), its roleName (Ref of "Lazy/Default"); and grant.test.ts's "can depend on
// grant added to lazy role" (a statement added before the role exists, the dependency on the
// LazyRole reaching its role and DefaultPolicy), plus a statement, an inline policy and a managed
// policy added before the role is made and one statement after.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const props = () => ({ assumedBy: new iam.ServicePrincipal('test.service') });
{
  const stack = new cdk.Stack(app, 'Unused');
  new iam.LazyRole(stack, 'Lazy', props());
}
{
  const stack = new cdk.Stack(app, 'Read');
  const arn = new iam.LazyRole(stack, 'Lazy', props()).roleArn;
  void arn;
}
{
  const stack = new cdk.Stack(app, 'MyStack');
  iam.Role.customizeRoles(stack, { usePrecreatedRoles: { 'MyStack/Lazy/Default': 'MyRoleName' } });
  const arn = new iam.LazyRole(stack, 'Lazy', props()).roleArn;
  void arn;
}
{
  const stack = new cdk.Stack(app, 'Name');
  const role = new iam.LazyRole(stack, 'Lazy', props());
  new cdk.CfnOutput(stack, 'RoleName', { value: role.roleName });
}
{
  const stack = new cdk.Stack(app, 'Grant');
  const resource = new cdk.CfnResource(stack, 'SomeResource', { type: 'CDK::Test::SomeResource' });
  const role = new iam.LazyRole(stack, 'Role', { assumedBy: new iam.ServicePrincipal('bla.amazonaws.com') });
  iam.Grant.addToPrincipal({ actions: ['service:DoAThing'], grantee: role, resourceArns: ['*'] }).applyBefore(resource);
  void role.roleArn;
}
{
  const stack = new cdk.Stack(app, 'Added');
  const role = new iam.LazyRole(stack, 'Lazy', { ...props(), roleName: 'lazy-one', path: '/lazy/' });
  role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  role.attachInlinePolicy(new iam.Policy(stack, 'Inline', {
    statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
  }));
  role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
  new cdk.CfnOutput(stack, 'Arn', { value: role.roleArn });
  role.addToPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
}
app.synth();

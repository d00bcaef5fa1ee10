// Conformance case 'unit-iam-role-split-policy': aws-iam role.test.ts, the tests of a large role
// policy, one stack per test: 'managed policy ARNs are deduplicated' (no warning), 'too many managed
// policies warning', 'role with too large inline policy' / 'excess gets split off into
// ManagedPolicies' (100 statements: OverflowPolicy1 and 2), 'many copies of the same statement do
// not result in overflow policies'; and more: 30 managed policies with a split policy (the "too
// large" warning counts the overflow policies), statements of tokens (an ARN token counts as 150),
// a Deny among them, and a role with a policy of 11 managed policies ("Policy large").
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const role = (stack, id) => new iam.Role(stack, id || 'MyRole', { assumedBy: new iam.ServicePrincipal('service.amazonaws.com') });
{
  const stack = new cdk.Stack(app, 'Dedup');
  const r = new iam.Role(stack, 'MyRole', {
    assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'),
    managedPolicies: [
      iam.ManagedPolicy.fromAwsManagedPolicyName('SuperDeveloper'),
      iam.ManagedPolicy.fromAwsManagedPolicyName('SuperDeveloper'),
    ],
  });
  r.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
  for (let i = 0; i < 20; i++) r.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('SuperDeveloper'));
}
{
  const stack = new cdk.Stack(app, 'TooMany');
  const r = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  r.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
  for (let i = 0; i < 20; i++) r.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(`SuperDeveloper${i}`));
}
{
  const stack = new cdk.Stack(app, 'Large');
  const r = new iam.Role(stack, 'MyRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  r.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
  for (let i = 0; i < 11; i++) r.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(`SuperDeveloper${i}`));
}
{
  const stack = new cdk.Stack(app, 'TooLargeInline');
  const r = role(stack);
  for (let i = 0; i < 100; i++) {
    r.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['aws:DoAThing'],
      resources: [`arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource${i}`],
    }));
  }
}
{
  const stack = new cdk.Stack(app, 'ManyCopies');
  const r = role(stack);
  for (let i = 0; i < 100; i++) {
    r.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['aws:DoAThing'],
      resources: ['arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource'],
    }));
  }
}
{
  const stack = new cdk.Stack(app, 'SplitAndManaged');
  const r = role(stack);
  for (let i = 0; i < 19; i++) r.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(`Managed${i}`));
  for (let i = 0; i < 300; i++) {
    r.addToPrincipalPolicy(new iam.PolicyStatement({
      effect: i % 7 === 3 ? iam.Effect.DENY : iam.Effect.ALLOW,
      actions: [`aws:DoThing${i % 5}`, 'aws:Other'],
      resources: [`arn:aws:service:us-east-1:111122223333:someResource/Resource${i}`],
    }));
  }
}
{
  const stack = new cdk.Stack(app, 'Tokens');
  const r = role(stack);
  for (let i = 0; i < 80; i++) {
    const res = new cdk.CfnResource(stack, `Res${i}`, { type: 'Custom::Thing' });
    r.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['aws:Read', 'aws:Write'],
      resources: [res.getAtt('Arn').toString(), `${res.getAtt('Arn')}/*`],
      conditions: i % 10 === 0 ? { StringEquals: { 'aws:SourceAccount': '111122223333' } } : undefined,
    }));
  }
  // a later statement that fits in the default policy again
  r.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
}
app.synth();

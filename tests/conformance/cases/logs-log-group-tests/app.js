// Conformance case 'logs-log-group-tests': logs.LogGroup as aws-logs' loggroup tests use it, grouped
// in a few stacks: encryptionKey, retention (fixed, default, INFINITE), logGroupClass, removal
// policy, imports with addStream (same and other region, by name), grants of imports to a user
// (with and without ":*"), grantWrite/grantRead, a grant to a service principal, addToResourcePolicy
// (an IAM user's ARN, AnyPrincipal, a role imported from Fn.importValue), the physical name, and
// addSubscriptionFilter to a destination of one's own.
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Props');
  new logs.LogGroup(stack, 'LogGroup', { encryptionKey: new kms.Key(stack, 'Key') });
  new logs.LogGroup(stack, 'Fixed', { retention: logs.RetentionDays.ONE_WEEK });
  new logs.LogGroup(stack, 'Default');
  new logs.LogGroup(stack, 'Infinite', { retention: logs.RetentionDays.INFINITE });
  new logs.LogGroup(stack, 'Infrequent', { logGroupClass: logs.LogGroupClass.INFREQUENT_ACCESS });
  new logs.LogGroup(stack, 'Standard', { logGroupClass: logs.LogGroupClass.STANDARD });
  new logs.LogGroup(stack, 'Destroy', { retention: logs.RetentionDays.INFINITE, removalPolicy: cdk.RemovalPolicy.DESTROY });
  const named = new logs.LogGroup(stack, 'Named', { logGroupName: 'my-log-group' });
  new cdk.CfnOutput(stack, 'PhysicalName', { value: named.logGroupPhysicalName() });
}
{
  const stack = new cdk.Stack(app, 'Imports');
  const sameRegion = logs.LogGroup.fromLogGroupArn(stack, 'lg', 'arn:aws:logs:us-east-1:123456789012:log-group:my-log-group');
  sameRegion.addStream('MakeMeAStream');
  const otherRegion = logs.LogGroup.fromLogGroupArn(stack, 'lg2', 'arn:aws:logs:asgard-1:123456789012:log-group:my-log-group');
  otherRegion.addStream('MakeMeAStream', { logStreamName: 'named-stream', removalPolicy: cdk.RemovalPolicy.DESTROY });
  const byName = logs.LogGroup.fromLogGroupName(stack, 'lg3', 'my-log-group');
  byName.addStream('MakeMeAStream');
  new cdk.CfnOutput(stack, 'Names', { value: [sameRegion.logGroupName, otherRegion.logGroupName, byName.logGroupName].join(',') });
  new cdk.CfnOutput(stack, 'Arns', { value: [sameRegion.logGroupArn, otherRegion.logGroupArn, byName.logGroupArn].join(',') });
  new cdk.CfnOutput(stack, 'OtherRegion', { value: otherRegion.env.region });
}
for (const [i, suffix] of ['', ':*'].entries()) {
  const stack = new cdk.Stack(app, `ImportGrants${i + 1}`);
  const user = new iam.User(stack, 'Role');
  logs.LogGroup.fromLogGroupName(stack, 'lg', `my-log-group${suffix}`).grantWrite(user);
  logs.LogGroup.fromLogGroupArn(stack, 'lg2', `arn:aws:logs:us-west-1:123456789012:log-group:my-log-group${suffix}`).grantWrite(user);
}
{
  const stack = new cdk.Stack(app, 'Grants');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  const user = new iam.User(stack, 'User');
  lg.grantWrite(user);
  lg.grantRead(user);
  const lg2 = new logs.LogGroup(stack, 'LogGroup2');
  lg2.grantWrite(new iam.ServicePrincipal('es.amazonaws.com'));
}
{
  const stack = new cdk.Stack(app, 'Policies');
  new logs.LogGroup(stack, 'LogGroup').addToResourcePolicy(new iam.PolicyStatement({
    resources: ['*'],
    actions: ['logs:PutLogEvents'],
    principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:user/user-name')],
  }));
  new logs.LogGroup(stack, 'Any').addToResourcePolicy(new iam.PolicyStatement({
    resources: ['*'],
    actions: ['logs:PutLogEvents'],
    principals: [new iam.AnyPrincipal()],
  }));
  new logs.LogGroup(stack, 'Imported').addToResourcePolicy(new iam.PolicyStatement({
    resources: ['*'],
    actions: ['logs:PutLogEvents'],
    principals: [iam.Role.fromRoleArn(stack, 'Role', cdk.Fn.importValue('SomeRole'))],
  }));
}
{
  // 'add subscription filter with custom name': FakeDestination binds to { arn: 'arn:bogus' }
  const stack = new cdk.Stack(app, 'Subscription');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  logGroup.addSubscriptionFilter('Subscription', {
    destination: { bind: () => ({ arn: 'arn:bogus' }) },
    filterPattern: logs.FilterPattern.literal('some pattern'),
    filterName: 'CustomSubscriptionFilterName',
  });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('logs.amazonaws.com') });
  new logs.SubscriptionFilter(stack, 'WithRole', {
    logGroup,
    destination: { bind: () => ({ arn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', role }) },
    filterPattern: logs.FilterPattern.allEvents(),
  });
}

app.synth();

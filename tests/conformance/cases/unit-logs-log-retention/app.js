// Conformance case 'unit-logs-log-retention': logs.LogRetention as aws-logs' log retention tests use it,
// a stack per test: the construct, removalPolicy DESTROY / RETAIN / not set, two resources (both
// DESTROY; DESTROY and RETAIN), an imported role, INFINITE, logGroupRegion, the log group ARN (with and
// without a region), and a stack tag on the handler function.
// Ported from aws-cdk: aws-logs/test/log-retention.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
new logs.LogRetention(new cdk.Stack(app, 'Construct'), 'MyLambda', {
  logGroupName: 'group',
  retention: logs.RetentionDays.ONE_MONTH,
});
new logs.LogRetention(new cdk.Stack(app, 'Destroy'), 'MyLambda', {
  logGroupName: 'group',
  retention: logs.RetentionDays.ONE_DAY,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
new logs.LogRetention(new cdk.Stack(app, 'Retain'), 'MyLambda', {
  logGroupName: 'group',
  retention: logs.RetentionDays.ONE_DAY,
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
for (const [name, second] of [['BothDestroy', cdk.RemovalPolicy.DESTROY], ['DestroyAndRetain', cdk.RemovalPolicy.RETAIN]]) {
  const stack = new cdk.Stack(app, name);
  new logs.LogRetention(stack, 'MyLambda1', {
    logGroupName: 'group1',
    retention: logs.RetentionDays.ONE_DAY,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  new logs.LogRetention(stack, 'MyLambda2', {
    logGroupName: 'group2',
    retention: logs.RetentionDays.ONE_DAY,
    removalPolicy: second,
  });
}
new logs.LogRetention(new cdk.Stack(app, 'NotSet'), 'MyLambda', {
  logGroupName: 'group',
  retention: logs.RetentionDays.ONE_DAY,
});
{
  const stack = new cdk.Stack(app, 'ImportedRole');
  const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/CoolRole');
  new logs.LogRetention(stack, 'MyLambda', { logGroupName: 'group', retention: logs.RetentionDays.ONE_MONTH, role });
}
new logs.LogRetention(new cdk.Stack(app, 'Infinite'), 'MyLambda', {
  logGroupName: 'group',
  retention: logs.RetentionDays.INFINITE,
});
new logs.LogRetention(new cdk.Stack(app, 'Region'), 'MyLambda', {
  logGroupName: 'group',
  logGroupRegion: 'us-east-1',
  retention: logs.RetentionDays.INFINITE,
});
{
  const stack = new cdk.Stack(app, 'Arns');
  const group = new logs.LogRetention(stack, 'MyLambda', { logGroupName: 'group', retention: logs.RetentionDays.ONE_MONTH });
  new cdk.CfnOutput(stack, 'Arn', { value: group.logGroupArn });
  const west = new logs.LogRetention(stack, 'West', {
    logGroupName: 'group',
    logGroupRegion: 'us-west-2',
    retention: logs.RetentionDays.ONE_MONTH,
  });
  new cdk.CfnOutput(stack, 'WestArn', { value: west.logGroupArn });
}
{
  const stack = new cdk.Stack(app, 'Tags');
  cdk.Tags.of(stack).add('test-key', 'test-value');
  new logs.LogRetention(stack, 'MyLambda', { logGroupName: 'group', retention: logs.RetentionDays.ONE_MONTH });
}

app.synth();

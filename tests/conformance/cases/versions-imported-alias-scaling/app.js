// Conformance case 'versions-imported-alias-scaling'
// Upstream: none (alias.test.ts's auto scaling on an alias of an imported version): in a stack with
// an environment, addAlias on Version.fromVersionArn (the alias's functionName is the Fn::Select of
// its own Ref), addAutoScaling with a minimum, scaleOnUtilization with every option, and
// scaleOnSchedule with startTime, endTime and a time zone.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const version = lambda.Version.fromVersionArn(stack, 'Version', 'arn:aws:lambda:eu-west-1:123456789012:function:worker:12');
const live = version.addAlias('live', {
  description: 'the live alias',
  provisionedConcurrentExecutions: 2,
  maxEventAge: cdk.Duration.minutes(30),
  retryAttempts: 2,
});
const target = live.addAutoScaling({ minCapacity: 2, maxCapacity: 10 });
target.scaleOnUtilization({
  utilizationTarget: 0.6,
  policyName: 'live-utilization',
  disableScaleIn: false,
  scaleInCooldown: cdk.Duration.minutes(5),
  scaleOutCooldown: cdk.Duration.seconds(30),
});
target.scaleOnSchedule('Morning', {
  schedule: appscaling.Schedule.cron({ minute: '0', hour: '8' }),
  minCapacity: 5,
  startTime: new Date(Date.UTC(2030, 0, 1, 0, 0, 0)),
  endTime: new Date(Date.UTC(2031, 0, 1, 0, 0, 0)),
  timeZone: cdk.TimeZone.EUROPE_LONDON,
});
new cdk.CfnOutput(stack, 'LiveName', { value: live.functionName });
app.synth();

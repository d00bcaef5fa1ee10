// Conformance case 'unit-appscaling-scalable-target'
// Upstream: aws-applicationautoscaling/test/scalable-target.test.ts and target-tracking.test.ts, the
// tests a Lambda alias's auto scaling expresses (alias.addAutoScaling makes the ScalableTarget in
// place of the tests' createScalableTarget / new ScalableTarget), a stack per test.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const newAlias = (stack) => {
  const fn = new lambda.Function(stack, 'MyLambda', {
    code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_LATEST,
  });
  return new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
};

// 'test scalable target creation'
{
  const stack = new cdk.Stack(app, 'ScalableTargetCreation');
  newAlias(stack).addAutoScaling({ minCapacity: 1, maxCapacity: 20 });
}
// 'validation does not fail when using Tokens'
{
  const stack = new cdk.Stack(app, 'TokenCapacities');
  newAlias(stack).addAutoScaling({
    minCapacity: cdk.Lazy.number({ produce: () => 10 }),
    maxCapacity: cdk.Lazy.number({ produce: () => 1 }),
  });
}
// 'add scheduled scaling'
{
  const stack = new cdk.Stack(app, 'ScheduledScaling');
  const target = newAlias(stack).addAutoScaling({ maxCapacity: 20 });
  target.scaleOnSchedule('ScaleUp', {
    schedule: appscaling.Schedule.rate(cdk.Duration.minutes(1)), maxCapacity: 50, minCapacity: 1,
  });
}
// 'have timezone property' (a TimeZone in aws-cdk-lib 2.276.0, not the test's string)
{
  const stack = new cdk.Stack(app, 'TimeZone');
  const target = newAlias(stack).addAutoScaling({ maxCapacity: 20 });
  target.scaleOnSchedule('ScaleUp', {
    schedule: appscaling.Schedule.cron({ hour: '12' }), maxCapacity: 50, minCapacity: 1, timeZone: cdk.TimeZone.AMERICA_NEW_YORK,
  });
}
// 'scheduled scaling shows warning when minute is not defined in cron'
{
  const stack = new cdk.Stack(app, 'CronWithoutMinute');
  const target = newAlias(stack).addAutoScaling({ maxCapacity: 20 });
  target.scaleOnSchedule('ScaleUp', {
    schedule: appscaling.Schedule.cron({ hour: '8', day: '1' }), maxCapacity: 50, minCapacity: 1,
  });
}
// 'scheduled scaling shows no warning when minute is * in cron'
{
  const stack = new cdk.Stack(app, 'CronMinuteStar');
  const target = newAlias(stack).addAutoScaling({ maxCapacity: 20 });
  target.scaleOnSchedule('ScaleUp', {
    schedule: appscaling.Schedule.cron({ hour: '8', day: '1', minute: '*' }), maxCapacity: 50, minCapacity: 1,
  });
}
// target-tracking.test.ts: 'test setup target tracking on predefined metric for lambda'
{
  const stack = new cdk.Stack(app, 'TrackingLambda');
  const target = newAlias(stack).addAutoScaling({ maxCapacity: 20 });
  target.scaleOnUtilization({ utilizationTarget: 0.9 });
}

app.synth();

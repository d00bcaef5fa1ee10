// Conformance case 'unit-appscaling-scalable-target-direct': aws-applicationautoscaling
// scalable-target.test.ts on a ScalableTarget made directly (the tests' own, not a Lambda alias's), a
// stack per test: creation, Lazy capacities, scheduled scaling with a rate, a cron and a TimeZone, a
// cron without a minute (the warning on the target) and with '*', step scaling on a MathExpression,
// a role of one's own.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const iam = require('aws-cdk-lib/aws-iam');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const props = {
  serviceNamespace: appscaling.ServiceNamespace.DYNAMODB,
  scalableDimension: 'test:TestCount',
  resourceId: 'test:this/test',
};
const createScalableTarget = (scope) => new appscaling.ScalableTarget(scope, 'Target', { ...props, minCapacity: 1, maxCapacity: 20 });

createScalableTarget(new cdk.Stack(app, 'Creation'));
{
  const stack = new cdk.Stack(app, 'Tokens');
  new appscaling.ScalableTarget(stack, 'Target', {
    ...props,
    minCapacity: cdk.Lazy.number({ produce: () => 10 }),
    maxCapacity: cdk.Lazy.number({ produce: () => 1 }),
  });
}
createScalableTarget(new cdk.Stack(app, 'Scheduled')).scaleOnSchedule('ScaleUp', {
  schedule: appscaling.Schedule.rate(cdk.Duration.minutes(1)), maxCapacity: 50, minCapacity: 1,
});
createScalableTarget(new cdk.Stack(app, 'TimeZone')).scaleOnSchedule('ScaleUp', {
  schedule: appscaling.Schedule.cron({ hour: '12' }), maxCapacity: 50, minCapacity: 1,
  timeZone: cdk.TimeZone.AMERICA_NEW_YORK,
});
createScalableTarget(new cdk.Stack(app, 'CronWithoutMinute')).scaleOnSchedule('ScaleUp', {
  schedule: appscaling.Schedule.cron({ hour: '8', day: '1' }), maxCapacity: 50, minCapacity: 1,
});
createScalableTarget(new cdk.Stack(app, 'CronMinuteStar')).scaleOnSchedule('ScaleUp', {
  schedule: appscaling.Schedule.cron({ hour: '8', day: '1', minute: '*' }), maxCapacity: 50, minCapacity: 1,
});
createScalableTarget(new cdk.Stack(app, 'MathExpression')).scaleOnMetric('Metric', {
  metric: new cloudwatch.MathExpression({
    expression: 'a',
    usingMetrics: { a: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric' }) },
  }),
  adjustmentType: appscaling.AdjustmentType.CHANGE_IN_CAPACITY,
  scalingSteps: [
    { change: -1, lower: 0, upper: 49 },
    { change: 0, lower: 50, upper: 99 },
    { change: 1, lower: 100 },
  ],
});
{
  const stack = new cdk.Stack(app, 'CustomRole');
  new appscaling.ScalableTarget(stack, 'Target', {
    ...props,
    minCapacity: 1,
    maxCapacity: 20,
    role: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('test.amazonaws.com') }),
  });
}
app.synth();

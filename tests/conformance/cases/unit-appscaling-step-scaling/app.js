// Conformance case 'unit-appscaling-step-scaling'
// Upstream: aws-applicationautoscaling/test/step-scaling-policy.test.ts (its example-based tests, on
// util.ts's createScalableTarget, with a valid dimension), a stack per test; and scalable-target.test.ts's addToRolePolicy,
// custom-metric target tracking and StepScalingAction tests, on a Lambda alias's provisioned
// concurrency (aws-lambda's scalable attribute has no scaleOnMetric: a ScalableTarget of its own).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const createScalableTarget = (scope) => new appscaling.ScalableTarget(scope, 'Target', {
  serviceNamespace: appscaling.ServiceNamespace.DYNAMODB,
  scalableDimension: 'dynamodb:table:ReadCapacityUnits', // util.ts's 'test:TestCount' fails CloudFormation validation
  resourceId: 'table/test',
  minCapacity: 1,
  maxCapacity: 20,
});
const steps = [
  { upper: 0, change: -1 },
  { lower: 100, change: +1 },
  { lower: 500, change: +5 },
];

// 'test step scaling on metric'
{
  const stack = new cdk.Stack(app, 'StepScalingOnMetric');
  createScalableTarget(stack).scaleOnMetric('Tracking', {
    metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric' }),
    scalingSteps: steps,
  });
}
// 'step scaling from percentile metric'
{
  const stack = new cdk.Stack(app, 'PercentileMetric');
  createScalableTarget(stack).scaleOnMetric('Tracking', {
    metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric', statistic: 'p99' }),
    scalingSteps: steps,
  });
}
// 'step scaling with evaluation period configured'
{
  const stack = new cdk.Stack(app, 'EvaluationPeriods');
  createScalableTarget(stack).scaleOnMetric('Tracking', {
    metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric', statistic: 'p99' }),
    scalingSteps: steps,
    evaluationPeriods: 10,
    metricAggregationType: appscaling.MetricAggregationType.MAXIMUM,
  });
}
// 'step scaling with evaluation period & data points to alarm configured'
{
  const stack = new cdk.Stack(app, 'DatapointsToAlarm');
  createScalableTarget(stack).scaleOnMetric('Tracking', {
    metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric', statistic: 'p99' }),
    scalingSteps: steps,
    evaluationPeriods: 10,
    datapointsToAlarm: 6,
    metricAggregationType: appscaling.MetricAggregationType.MAXIMUM,
  });
}
// setupStepScaling's intervals: only an upper side (gaps and a zero change), only a lower side,
// no gap at all (the middle split), and a metric's Minimum / Maximum statistics
{
  const stack = new cdk.Stack(app, 'Intervals');
  const target = createScalableTarget(stack);
  target.scaleOnMetric('UpperOnly', {
    metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Success', statistic: 'Maximum' }),
    scalingSteps: [{ lower: 10, upper: 20, change: 0 }, { lower: 30, upper: 50, change: 2 }, { lower: 50, change: 4 }],
  });
  target.scaleOnMetric('LowerOnly', {
    metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Success', statistic: 'min' }),
    scalingSteps: [{ upper: 5, change: -3 }, { lower: 5, upper: 12.5, change: -1 }],
  });
  target.scaleOnMetric('NoGap', {
    metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Success', statistic: 'Sum' }),
    scalingSteps: [{ upper: 10, change: -2 }, { lower: 10, upper: 20, change: -1 }, { lower: 20, upper: 30, change: 1 }, { lower: 30, change: 3 }],
  });
  target.scaleOnMetric('Exact', {
    metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Success' }),
    adjustmentType: appscaling.AdjustmentType.EXACT_CAPACITY,
    scalingSteps: [{ upper: 10, change: 0 }, { lower: 50, change: 10 }],
  });
}
// a Lambda alias's provisioned concurrency, scaled on steps of its own metric
{
  const stack = new cdk.Stack(app, 'LambdaAlias');
  const fn = new lambda.Function(stack, 'MyLambda', {
    code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_LATEST,
  });
  const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
  const target = new appscaling.ScalableTarget(stack, 'AliasTarget', {
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    scalableDimension: 'lambda:function:ProvisionedConcurrency',
    resourceId: `function:${fn.functionName}:${alias.aliasName}`,
    minCapacity: 2,
    maxCapacity: 50,
  });
  target.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:GetProvisionedConcurrencyConfig'], resources: ['*'] }));
  const policy = target.scaleOnMetric('OnInvocations', {
    metric: alias.metricInvocations({ period: cdk.Duration.minutes(1) }),
    scalingSteps: [{ upper: 10, change: -20 }, { lower: 100, change: 25 }, { lower: 400, change: 60 }],
    adjustmentType: appscaling.AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
    cooldown: cdk.Duration.minutes(2),
    minAdjustmentMagnitude: 2,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
  });
  new cdk.CfnOutput(stack, 'UpperArn', { value: policy.upperAction.scalingPolicyArn });
  new cdk.CfnOutput(stack, 'LowerAlarm', { value: policy.lowerAlarm.alarmArn });
  target.scaleToTrackMetric('OnDuration', {
    targetValue: 250,
    customMetric: new cloudwatch.Metric({
      namespace: 'AWS/Lambda', metricName: 'Duration', statistic: 'Average', unit: cloudwatch.Unit.MILLISECONDS,
      dimensionsMap: { FunctionName: fn.functionName, Resource: `${fn.functionName}:prod` },
    }),
    scaleInCooldown: cdk.Duration.seconds(60),
    disableScaleIn: false,
  });
  target.scaleToTrackMetric('OnUtilization', {
    targetValue: 0.7,
    predefinedMetric: appscaling.PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
    policyName: 'utilization',
  });
  target.scaleOnSchedule('Night', {
    schedule: appscaling.Schedule.cron({ hour: '22', minute: '0' }), minCapacity: 1, maxCapacity: 5,
  });
  new cdk.CfnOutput(stack, 'TargetId', { value: target.scalableTargetId });
  const action = new appscaling.StepScalingAction(stack, 'Action', {
    scalingTarget: target,
    metricAggregationType: appscaling.MetricAggregationType.MINIMUM,
    cooldown: cdk.Duration.seconds(30),
  });
  action.addAdjustment({ adjustment: 1, lowerBound: 0, upperBound: 10 });
  action.addAdjustment({ adjustment: 3, lowerBound: 10 });
  new appscaling.StepScalingAction(stack, 'EmptyAction', { scalingTarget: target, policyName: 'empty' });
  const imported = appscaling.ScalableTarget.fromScalableTargetAttributes(stack, 'Imported', {
    scalableTargetId: 'function:other:live|lambda:function:ProvisionedConcurrency|lambda',
    scalableDimension: 'lambda:function:ProvisionedConcurrency',
    serviceNamespace: 'lambda',
  });
  new appscaling.StepScalingAction(stack, 'ImportedAction', {
    scalingTarget: imported, adjustmentType: appscaling.AdjustmentType.EXACT_CAPACITY,
  }).addAdjustment({ adjustment: 4, upperBound: 0 });
  appscaling.ScalableTarget.fromScalableTargetId(stack, 'ById', 'some-id');
  // a target with a role of its own
  const role = iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/scaling');
  new appscaling.ScalableTarget(stack, 'WithRole', {
    serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
    scalableDimension: 'lambda:function:ProvisionedConcurrency',
    resourceId: 'function:other:live', minCapacity: 0, maxCapacity: 1, role,
  });
}
app.synth();

// Conformance case 'error-appscaling-step-scaling-datapoints-zero': scaleOnMetric with datapointsToAlarm 0 (aws-applicationautoscaling/test/step-scaling-policy.test.ts)
// Ported from aws-cdk: aws-applicationautoscaling/test/step-scaling-policy.test.ts, 'step scaling with invalid datapointsToAlarm throws error'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const target = new appscaling.ScalableTarget(stack, 'Target', {
  serviceNamespace: appscaling.ServiceNamespace.DYNAMODB, scalableDimension: 'dynamodb:table:ReadCapacityUnits',
  resourceId: 'table/test', minCapacity: 1, maxCapacity: 20,
});
const metric = new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric' });
target.scaleOnMetric('Tracking', {
  metric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric', statistic: 'p99' }),
  scalingSteps: [{ upper: 0, change: -1 }, { lower: 100, change: +1 }, { lower: 500, change: +5 }], evaluationPeriods: 10, datapointsToAlarm: 0,
  metricAggregationType: appscaling.MetricAggregationType.MAXIMUM,
});
app.synth();

// Conformance case 'error-appscaling-step-scaling-intervals-overlap': scaleOnMetric with overlapping intervals (aws-autoscaling-common normalizeIntervals, unscoped; the intervals as JSON) (aws-autoscaling-common/test/intervals.test.ts)
// Ported from aws-cdk: aws-autoscaling-common/test/intervals.test.ts, 'overlapping intervals throw' (through scaleOnMetric).
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
target.scaleOnMetric('Tracking', { metric, scalingSteps: [{ lower: 0, upper: 10, change: -1 }, { lower: 5, upper: 20.5, change: 1 }, { lower: 30, change: 2 }] });
app.synth();

// Conformance case 'error-appscaling-track-metric-percentile': scaleToTrackMetric on a p99 custom metric (aws-applicationautoscaling/test/target-tracking.test.ts)
// Ported from aws-cdk: aws-applicationautoscaling/test/target-tracking.test.ts, 'test setup target tracking on custom metric with percentile' style (the statistic check).
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
target.scaleToTrackMetric('Tracking', { targetValue: 1, customMetric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric', statistic: 'p99' }) });
app.synth();

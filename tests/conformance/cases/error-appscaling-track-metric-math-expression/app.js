// Conformance case 'error-appscaling-track-metric-math-expression': scaleToTrackMetric on a MathExpression (only direct metrics) (aws-applicationautoscaling/lib/target-tracking-scaling-policy.ts)
// aws-cdk-lib behaviour (target-tracking-scaling-policy.ts), no upstream test.
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
target.scaleToTrackMetric('Tracking', { targetValue: 1, customMetric: new cloudwatch.MathExpression({ expression: 'm1 * 2', usingMetrics: { m1: metric } }) });
app.synth();

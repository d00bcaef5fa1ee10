// Conformance case 'error-appscaling-step-scaling-one-interval': scaleOnMetric with one interval (the StepScalingPolicy check, on the target) (aws-applicationautoscaling/test/step-scaling-policy.test.ts)
// Ported from aws-cdk: aws-applicationautoscaling/test/step-scaling-policy.test.ts, 'scalingSteps must have at least 2 steps'.
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
target.scaleOnMetric('Tracking', { metric, scalingSteps: [{ lower: 0, upper: 2, change: +1 }] });
app.synth();

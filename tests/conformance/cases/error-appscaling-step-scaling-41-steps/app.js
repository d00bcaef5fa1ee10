// Conformance case 'error-appscaling-step-scaling-41-steps': scaleOnMetric with 41 intervals (aws-applicationautoscaling/test/step-scaling-policy.test.ts)
// Ported from aws-cdk: aws-applicationautoscaling/test/step-scaling-policy.test.ts, 'scalingSteps has a maximum of 40 steps'.
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
const steps = [];
for (let i = 0; i < 41; ++i) steps.push({ lower: i * 20, upper: i * 21 - 1, change: i + 1 });
target.scaleOnMetric('Tracking', { metric, scalingSteps: steps });
app.synth();

// Conformance case 'error-appscaling-step-scaling-two-no-change': scaleOnMetric whose gaps and zero changes make two no-change intervals (aws-autoscaling-common/test/intervals.test.ts)
// Ported from aws-cdk: aws-autoscaling-common/test/intervals.test.ts, 'cannot have multiple no-change intervals' (through scaleOnMetric).
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
target.scaleOnMetric('Tracking', { metric, scalingSteps: [{ upper: 10, change: 0 }, { lower: 10, upper: 20, change: 3 }, { lower: 30, change: 0 }] });
app.synth();

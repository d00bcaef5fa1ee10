// Conformance case 'error-appscaling-step-scaling-datapoints-above-evaluation': scaleOnMetric with datapointsToAlarm 3 above evaluationPeriods 2 (aws-applicationautoscaling/lib/step-scaling-policy.ts)
// aws-cdk-lib behaviour (step-scaling-policy.ts), no upstream test.
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
target.scaleOnMetric('Tracking', { metric, scalingSteps: [{ upper: 0, change: -1 }, { lower: 100, change: +1 }, { lower: 500, change: +5 }], evaluationPeriods: 2, datapointsToAlarm: 3 });
app.synth();

// Conformance case 'error-appscaling-step-scaling-datapoints-without-evaluation': scaleOnMetric with datapointsToAlarm and no evaluationPeriods (aws-applicationautoscaling/lib/step-scaling-policy.ts)
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
target.scaleOnMetric('Tracking', { metric, scalingSteps: [{ upper: 0, change: -1 }, { lower: 100, change: +1 }, { lower: 500, change: +5 }], datapointsToAlarm: 2 });
app.synth();

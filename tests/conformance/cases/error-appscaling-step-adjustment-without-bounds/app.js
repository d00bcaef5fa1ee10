// Conformance case 'error-appscaling-step-adjustment-without-bounds': stepScalingAction.addAdjustment with neither bound (aws-applicationautoscaling/lib/step-scaling-action.ts)
// aws-cdk-lib behaviour (step-scaling-action.ts), no upstream test.
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
new appscaling.StepScalingAction(stack, 'Action', { scalingTarget: target }).addAdjustment({ adjustment: 1 });
app.synth();

// Conformance case 'error-appscaling-step-action-import-by-id': new StepScalingAction on a ScalableTarget.fromScalableTargetId import (no scalableTargetRef) (aws-applicationautoscaling/lib/scalable-target.ts)
// aws-cdk-lib behaviour (scalable-target.ts, fromScalableTargetId), no upstream test.
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
const imported = appscaling.ScalableTarget.fromScalableTargetId(stack, 'Imported', 'some-id');
new appscaling.StepScalingAction(stack, 'Action', { scalingTarget: imported });
app.synth();

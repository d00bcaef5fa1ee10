// Conformance case 'unit-appscaling-target-tracking': aws-applicationautoscaling target-tracking.test.ts,
// a stack per test on the tests' ScalableTarget (createScalableTarget): scaleToTrackMetric with each
// PredefinedMetric the tests use (but the ECS high-resolution ones, not in aws-cdk-lib 2.276), and
// with a custom metric.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const createScalableTarget = (scope) => new appscaling.ScalableTarget(scope, 'Target', {
  serviceNamespace: appscaling.ServiceNamespace.DYNAMODB,
  scalableDimension: 'test:TestCount',
  resourceId: 'test:this/test',
  minCapacity: 1,
  maxCapacity: 20,
});
const P = appscaling.PredefinedMetric;
for (const [name, predefinedMetric, targetValue] of [
  ['Ec2Spot', P.EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION, 30],
  ['Lambda', P.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION, 0.9],
  ['DynamoWrite', P.DYNAMODB_WRITE_CAPACITY_UTILIZATION, 0.9],
  ['SageMakerVariant', P.SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION, 0.5],
  ['SageMakerHighRes', P.SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION, 0.5],
  ['SageMakerComponent', P.SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION, 0.5],
  ['WorkSpaces', P.WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION, 0.5],
]) {
  const stack = new cdk.Stack(app, name);
  createScalableTarget(stack).scaleToTrackMetric('Tracking', { predefinedMetric, targetValue });
}
{
  const stack = new cdk.Stack(app, 'Custom');
  createScalableTarget(stack).scaleToTrackMetric('Tracking', {
    customMetric: new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric' }),
    targetValue: 30,
  });
}
app.synth();

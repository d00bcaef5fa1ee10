// Conformance case 'error-cloudwatch-lambda-action-step-scaling': one LambdaAction without
// useUniquePermissionId on the lower alarms of two step scaling policies: the second finds the
// Permission of the first (its warning "Please use 'useUniquePermissionId' ..." first), and adding it
// again is the construct tree's error -- "AlarmPermission", or under
// changeLambdaPermissionLogicalIdForLambdaAction (cli+init) "LowerAlarmAlarmPermission", the id of
// both alarms being LowerAlarm.
// Ported from aws-cdk: aws-cloudwatch-actions/test/lambda.test.ts ('when creating alarms of multiple
// step scaling policy for the same lambda, throw warning when useUniquePermissionId is not set'; a
// ScalableTarget's scaleOnMetric for the test's StepScalingPolicy on a table's scalable attribute).
'use strict';
const cdk = require('aws-cdk-lib');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const table = new dynamodb.Table(stack, 'MyTable', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
});
const target = new appscaling.ScalableTarget(stack, 'Target', {
  serviceNamespace: appscaling.ServiceNamespace.DYNAMODB,
  resourceId: `table/${table.tableName}`,
  scalableDimension: 'dynamodb:table:ReadCapacityUnits',
  minCapacity: 1,
  maxCapacity: 10,
});
const steps = [{ lower: 0, upper: 1, change: -1 }, { lower: 5, change: +1 }];
const policy1 = target.scaleOnMetric('Policy1', { metric: table.metricConsumedReadCapacityUnits(), scalingSteps: steps });
const policy2 = target.scaleOnMetric('Policy2', { metric: table.metricConsumedReadCapacityUnits(), scalingSteps: steps });
const alarmLambda = new lambda.Function(stack, 'alarmLambda', {
  runtime: lambda.Runtime.PYTHON_3_12,
  functionName: 'alarmLambda',
  code: lambda.Code.fromInline('def handler(event, context):\n  pass'),
  handler: 'index.handler',
});
const lambdaAction = new actions.LambdaAction(alarmLambda);
policy1.lowerAlarm.addAlarmAction(lambdaAction);
policy2.lowerAlarm.addAlarmAction(lambdaAction);

app.synth();

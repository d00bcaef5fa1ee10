// Conformance case 'cloudwatch-actions-lambda-tests': cloudwatch_actions.LambdaAction, a stack per
// test: a function, an alias and a version as alarm actions; two alarms with three actions each under
// changeLambdaPermissionLogicalIdForLambdaAction (a permission per alarm); useUniquePermissionId on
// the lower alarms of two step scaling policies (of a ScalableTarget's scaleOnMetric: the test's
// StepScalingPolicy on a table's scalable attribute cast to a target is not a shape C can take); the
// same function twice on one alarm (one permission). Beyond the test file: a SingletonFunction, an
// imported alarm (its bind still adds the permission), a CompositeAlarm and an OK action, and the
// useUniquePermissionId warning (a construct of the permission's id under an import of another account).
// Ported from aws-cdk: aws-cloudwatch-actions/test/lambda.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const { Construct } = require('constructs');

const app = new cdk.App();
const code = `
def handler(event, context):
  print('event:', event)
  print('.............................................')
  print('context:', context)`;
const alarmLambda = (scope, id = 'alarmLambda') => new lambda.Function(scope, id, {
  runtime: lambda.Runtime.PYTHON_3_12,
  functionName: 'alarmLambda',
  code: lambda.Code.fromInline(code),
  handler: 'index.handler',
});
const alarm = (scope, id, metricName = 'Test') => new cloudwatch.Alarm(scope, id, {
  metric: new cloudwatch.Metric({ namespace: 'AWS', metricName }),
  evaluationPeriods: 3,
  threshold: 100,
});

// 'can use lambda as alarm action'
{
  const stack = new cdk.Stack(app, 'LambdaAction');
  const a = alarm(stack, 'Alarm');
  a.addAlarmAction(new actions.LambdaAction(alarmLambda(stack)));
}
// 'can use lambda alias as alarm action'
{
  const stack = new cdk.Stack(app, 'AliasAction');
  const a = alarm(stack, 'Alarm');
  const aliasName = alarmLambda(stack).addAlias('aliasName');
  a.addAlarmAction(new actions.LambdaAction(aliasName));
}
// 'can use lambda version as alarm action'
{
  const stack = new cdk.Stack(app, 'VersionAction');
  const a = alarm(stack, 'Alarm');
  a.addAlarmAction(new actions.LambdaAction(alarmLambda(stack).currentVersion));
}
// 'can create multiple alarms for the same lambda if feature flag is set'
{
  const stack = new cdk.Stack(app, 'MultipleAlarms');
  stack.node.setContext('@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction', true);
  const alarm1 = alarm(stack, 'Alarm1');
  const alarm2 = alarm(stack, 'Alarm2', 'Test2');
  const fn = alarmLambda(stack);
  for (const a of [alarm1, alarm2]) {
    a.addAlarmAction(new actions.LambdaAction(fn));
    a.addOkAction(new actions.LambdaAction(fn));
    a.addInsufficientDataAction(new actions.LambdaAction(fn));
  }
}
// 'can create alarms of multiple step scaling policy for the same lambda if useUniquePermissionId is set'
{
  const stack = new cdk.Stack(app, 'StepScaling');
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
  const policy1 = target.scaleOnMetric('Policy1', {
    metric: table.metricConsumedReadCapacityUnits(),
    scalingSteps: [{ lower: 0, upper: 1, change: -1 }, { lower: 5, change: +1 }],
  });
  const policy2 = target.scaleOnMetric('Policy2', {
    metric: table.metricConsumedReadCapacityUnits(),
    scalingSteps: [{ lower: 0, upper: 2, change: -1 }, { lower: 6, change: +1 }],
  });
  const lambdaAction = new actions.LambdaAction(alarmLambda(stack), { useUniquePermissionId: true });
  const lambdaAction2 = new actions.LambdaAction(alarmLambda(stack, 'alarmLambda2'), { useUniquePermissionId: true });
  policy1.lowerAlarm.addAlarmAction(lambdaAction);
  policy2.lowerAlarm.addAlarmAction(lambdaAction);
  policy1.lowerAlarm.addAlarmAction(lambdaAction2);
  policy2.lowerAlarm.addAlarmAction(lambdaAction2);
}
// 'can use same lambda for same action multiple time'
{
  const stack = new cdk.Stack(app, 'SameTwice');
  const a = alarm(stack, 'Alarm');
  const fn = alarmLambda(stack);
  a.addAlarmAction(new actions.LambdaAction(fn));
  a.addAlarmAction(new actions.LambdaAction(fn));
}
// beyond the test file: a singleton, an imported alarm, a composite alarm, useUniquePermissionId false
{
  const stack = new cdk.Stack(app, 'Others', { env: { account: '123456789012', region: 'eu-west-1' } });
  const single = new lambda.SingletonFunction(stack, 'Single', {
    uuid: 'a1b2c3', runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code: lambda.Code.fromInline(code),
  });
  const a = alarm(stack, 'Alarm');
  a.addOkAction(new actions.LambdaAction(single, { useUniquePermissionId: false }));
  const imported = cloudwatch.Alarm.fromAlarmArn(stack, 'Imported', 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:Other');
  imported.addAlarmAction(new actions.LambdaAction(single, { useUniquePermissionId: true }));
  const composite = new cloudwatch.CompositeAlarm(stack, 'Composite', {
    alarmRule: cloudwatch.AlarmRule.fromAlarm(a, cloudwatch.AlarmState.ALARM),
  });
  const fn = alarmLambda(stack, 'Fn');
  composite.addAlarmAction(new actions.LambdaAction(fn));
  composite.addInsufficientDataAction(new actions.LambdaAction(fn));
}
// the warning without the throw: a construct "AlarmPermission" under a function imported from another
// account (which takes no permissions: addPermission only warns); under the flag (cli+init) the id
// is "AlarmAlarmPermission" and only addPermission warns
{
  const stack = new cdk.Stack(app, 'WarningPath', { env: { account: '123456789012', region: 'eu-west-1' } });
  const imported = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:eu-west-1:111111111111:function:Other');
  new Construct(imported, 'AlarmPermission');
  alarm(stack, 'Alarm').addAlarmAction(new actions.LambdaAction(imported));
}

app.synth();

// Conformance case 'error-cloudwatch-lambda-action-permission-exists': a LambdaAction of one function
// on a second alarm with changeLambdaPermissionLogicalIdForLambdaAction false: the Permission
// "AlarmPermission" is there already, for the first alarm.
// Ported from aws-cdk: aws-cloudwatch-actions/test/lambda.test.ts ('throws when multiple alarms are
// created for the same lambda if feature flag is set to false').
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const lambda = require('aws-cdk-lib/aws-lambda');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction', false);
const alarm1 = new cloudwatch.Alarm(stack, 'Alarm1', {
  metric: new cloudwatch.Metric({ namespace: 'AWS', metricName: 'Test' }),
  evaluationPeriods: 3,
  threshold: 100,
});
const alarm2 = new cloudwatch.Alarm(stack, 'Alarm2', {
  metric: new cloudwatch.Metric({ namespace: 'AWS', metricName: 'Test2' }),
  evaluationPeriods: 3,
  threshold: 100,
});
const alarmLambda = new lambda.Function(stack, 'alarmLambda', {
  runtime: lambda.Runtime.PYTHON_3_12,
  functionName: 'alarmLambda',
  code: lambda.Code.fromInline('def handler(event, context):\n  pass'),
  handler: 'index.handler',
});
alarm1.addAlarmAction(new actions.LambdaAction(alarmLambda));
alarm1.addOkAction(new actions.LambdaAction(alarmLambda));
alarm1.addInsufficientDataAction(new actions.LambdaAction(alarmLambda));
alarm2.addAlarmAction(new actions.LambdaAction(alarmLambda));

app.synth();

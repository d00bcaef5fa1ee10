// Conformance case 'error-cloudwatch-lambda-action-cross-stack': a LambdaAction of a function of
// another stack: the Permission goes to the function's stack with the alarm's ARN, the alarm takes
// the function's ARN -- references both ways, aws-cdk-lib's cyclic reference error.
// Beyond aws-cdk: aws-cloudwatch-actions/test/lambda.test.ts (its functions share the alarm's stack).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const lambda = require('aws-cdk-lib/aws-lambda');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const fnStack = new cdk.Stack(app, 'FunctionStack');
const alarmStack = new cdk.Stack(app, 'AlarmStack');
const fn = new lambda.Function(fnStack, 'alarmLambda', {
  runtime: lambda.Runtime.PYTHON_3_12,
  code: lambda.Code.fromInline('def handler(event, context):\n  pass'),
  handler: 'index.handler',
});
const alarm = new cloudwatch.Alarm(alarmStack, 'Alarm', {
  metric: new cloudwatch.Metric({ namespace: 'AWS', metricName: 'Test' }),
  evaluationPeriods: 3,
  threshold: 100,
});
alarm.addAlarmAction(new actions.LambdaAction(fn));

app.synth();

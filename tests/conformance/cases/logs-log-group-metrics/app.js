// Conformance case 'logs-log-group-metrics': a log group's metrics, as aws-logs' integ test
// integ.log-group-metrics.ts makes them (metricIncomingBytes and metricIncomingLogEvents alarms on a
// named group; aws-cdk-lib names the latter's metric "IncomingLogs"), and as a Lambda app would: a
// function's own log group (fn.logGroup of the logGroup given) with metric() of a name, options
// over the statistic, period and label, and the LogGroupName dimension given by hand (aws-cdk-lib
// adds none); an imported group's metricIncomingLogEvents with a period.
// Ported from aws-cdk: aws-logs/test/integ.log-group-metrics.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'aws-cdk-log-group-metrics');
  const logGroup = new logs.LogGroup(stack, 'MyLogGroup', {
    logGroupName: 'my-log-group',
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  logGroup.metricIncomingBytes().createAlarm(stack, 'IncomingBytesPerInstanceAlarm', {
    threshold: 1,
    evaluationPeriods: 1,
  });
  logGroup.metricIncomingLogEvents().createAlarm(stack, 'IncomingEventsPerInstanceAlarm', {
    threshold: 1,
    evaluationPeriods: 1,
  });
}
{
  const stack = new cdk.Stack(app, 'FunctionLogs');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {};'),
    logGroup: new logs.LogGroup(stack, 'FnLogs', { retention: logs.RetentionDays.ONE_WEEK }),
  });
  fn.logGroup.metric('IncomingBytes', {
    statistic: 'Maximum',
    period: cdk.Duration.minutes(15),
    label: 'Bytes in',
    dimensionsMap: { LogGroupName: fn.logGroup.logGroupName },
  }).createAlarm(stack, 'BytesAlarm', { threshold: 1000000, evaluationPeriods: 2 });
  fn.logGroup.metricIncomingLogEvents({ period: cdk.Duration.hours(1) })
    .createAlarm(stack, 'EventsAlarm', { threshold: 0, evaluationPeriods: 1 });
  const imported = logs.LogGroup.fromLogGroupName(stack, 'Imported', '/aws/lambda/other');
  imported.metricIncomingLogEvents({ period: cdk.Duration.minutes(10), statistic: 'Average' })
    .createAlarm(stack, 'ImportedAlarm', { threshold: 5, evaluationPeriods: 3 });
}

app.synth();

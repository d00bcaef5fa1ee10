// Conformance case 'user-ops-cross-stack-dashboard': an app as a CDK user writes it, not shaped to
// a feature: two service stacks (a checkout API function with a `live` alias; a fulfilment worker
// fed by a queue) each define their own alarms; an Ops stack of the same environment builds the
// on-call view from them across stacks: a composite alarm (any of the services' alarms, suppressed
// while a maintenance alarm is in ALARM) telling the on-call topic, and a dashboard of alarm,
// alarm-status, graph and single-value widgets over the services' alarms and metrics.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const env = { account: '777766665555', region: 'us-east-2' };

const checkout = new cdk.Stack(app, 'Checkout', { env });
const api = new lambda.Function(checkout, 'Api', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
});
const live = api.addAlias('live');
const apiErrors = live.metricErrors().createAlarm(checkout, 'ApiErrors', { threshold: 5, evaluationPeriods: 1 });
const apiLatency = live.metricDuration({ statistic: 'p99' }).createAlarm(checkout, 'ApiLatency', {
  threshold: 1500,
  evaluationPeriods: 3,
  alarmName: 'checkout-api-p99',
});

const fulfilment = new cdk.Stack(app, 'Fulfilment', { env });
const orders = new sqs.Queue(fulfilment, 'Orders');
const worker = new lambda.Function(fulfilment, 'Worker', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
});
worker.addEventSource(new sources.SqsEventSource(orders));
const backlog = new cloudwatch.Alarm(fulfilment, 'Backlog', {
  metric: orders.metricApproximateAgeOfOldestMessage(),
  threshold: 600,
  evaluationPeriods: 2,
});
const workerErrors = worker.metricErrors().createAlarm(fulfilment, 'WorkerErrors', { threshold: 1, evaluationPeriods: 1 });

const ops = new cdk.Stack(app, 'Ops', { env });
const oncall = new sns.Topic(ops, 'OnCall');
const maintenance = new cloudwatch.Alarm(ops, 'Maintenance', {
  metric: new cloudwatch.Metric({ namespace: 'Ops', metricName: 'MaintenanceWindow', statistic: 'Maximum' }),
  threshold: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  evaluationPeriods: 1,
});
const anyService = new cloudwatch.CompositeAlarm(ops, 'AnyService', {
  alarmRule: cloudwatch.AlarmRule.anyOf(
    cloudwatch.AlarmRule.fromAlarm(apiErrors, cloudwatch.AlarmState.ALARM),
    cloudwatch.AlarmRule.fromAlarm(apiLatency, cloudwatch.AlarmState.ALARM),
    cloudwatch.AlarmRule.allOf(
      cloudwatch.AlarmRule.fromAlarm(backlog, cloudwatch.AlarmState.ALARM),
      cloudwatch.AlarmRule.fromAlarm(workerErrors, cloudwatch.AlarmState.ALARM),
    ),
  ),
  actionsSuppressor: maintenance,
  alarmDescription: 'a service of the shop is failing',
});
anyService.addAlarmAction(new actions.SnsAction(oncall));
new cloudwatch.Dashboard(ops, 'OnCallView', {
  dashboardName: 'shop-on-call',
  defaultInterval: cdk.Duration.hours(6),
  widgets: [
    [
      new cloudwatch.AlarmStatusWidget({
        title: 'services',
        alarms: [anyService, apiErrors, apiLatency, backlog, workerErrors],
        width: 24,
      }),
    ],
    [
      new cloudwatch.AlarmWidget({ title: 'checkout p99', alarm: apiLatency, width: 12 }),
      new cloudwatch.GraphWidget({
        title: 'invocations',
        left: [live.metricInvocations(), worker.metricInvocations()],
        right: [orders.metricApproximateNumberOfMessagesVisible()],
        width: 12,
      }),
    ],
    [
      new cloudwatch.SingleValueWidget({
        metrics: [api.metricThrottles(), worker.metricThrottles()],
        width: 24,
      }),
    ],
  ],
});
app.synth();

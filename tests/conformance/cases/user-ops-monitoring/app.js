// Conformance case 'user-ops-monitoring': an ops stack as a CDK user writes it: a daily report job
// on a weekday cron rule (a constant input, retries, event age) and an uptime probe on a rate rule,
// each logging JSON at their own levels into a log group of its own (named, retention, removal
// policy); alarms on the functions' metrics made both ways (new Alarm and metric.createAlarm) with
// statistics (Sum, Maximum, p99), periods, datapoints, missing-data handling and comparison
// operators, all notifying an on-call topic (alarm and OK actions through SnsAction).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const logs = require('aws-cdk-lib/aws-logs');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OpsMonitoring', { description: 'Scheduled jobs and their alarms' });

const onCall = new sns.Topic(stack, 'OnCall', { displayName: 'On-call alerts' });
onCall.addSubscription(new subs.EmailSubscription('ops@example.com'));
const notify = new actions.SnsAction(onCall);

const code = lambda.Code.fromAsset('jobs');

const reportLogs = new logs.LogGroup(stack, 'ReportLogs', {
  logGroupName: '/ops/daily-report',
  retention: logs.RetentionDays.THREE_MONTHS,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const report = new lambda.Function(stack, 'DailyReport', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.report',
  code,
  timeout: cdk.Duration.minutes(5),
  logGroup: reportLogs,
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.DEBUG,
  systemLogLevelV2: lambda.SystemLogLevel.WARN,
});
new events.Rule(stack, 'WeekdayMornings', {
  description: 'daily report at 06:00 UTC on weekdays',
  schedule: events.Schedule.cron({ minute: '0', hour: '6', weekDay: 'MON-FRI' }),
  targets: [new targets.LambdaFunction(report, {
    event: events.RuleTargetInput.fromObject({ report: 'daily', format: 'pdf' }),
    retryAttempts: 2,
    maxEventAge: cdk.Duration.hours(1),
  })],
});

const probeLogs = new logs.LogGroup(stack, 'ProbeLogs', {
  retention: logs.RetentionDays.TWO_WEEKS,
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
const probe = new lambda.Function(stack, 'UptimeProbe', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.probe',
  code,
  timeout: cdk.Duration.seconds(20),
  environment: { TARGET_URL: 'https://status.example.com/health' },
  logGroup: probeLogs,
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.WARN,
  systemLogLevelV2: lambda.SystemLogLevel.INFO,
});
const every5 = new events.Rule(stack, 'EveryFiveMinutes', {
  schedule: events.Schedule.rate(cdk.Duration.minutes(5)),
});
every5.addTarget(new targets.LambdaFunction(probe, { retryAttempts: 0 }));

// alarms
const reportErrors = new cloudwatch.Alarm(stack, 'ReportErrors', {
  alarmDescription: 'the daily report failed',
  metric: report.metricErrors({ period: cdk.Duration.hours(1), statistic: cloudwatch.Stats.SUM }),
  threshold: 1,
  evaluationPeriods: 1,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});
reportErrors.addAlarmAction(notify);

const reportSlow = report.metricDuration({ statistic: cloudwatch.Stats.MAXIMUM }).createAlarm(stack, 'ReportSlow', {
  threshold: cdk.Duration.minutes(4).toMilliseconds(),
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
});
reportSlow.addAlarmAction(notify);

const probeFailures = probe.metricErrors({ period: cdk.Duration.minutes(5) }).createAlarm(stack, 'ProbeFailures', {
  alarmName: 'uptime-probe-failures',
  threshold: 1,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  treatMissingData: cloudwatch.TreatMissingData.BREACHING,
});
probeFailures.addAlarmAction(notify);
probeFailures.addOkAction(notify);

new cloudwatch.Alarm(stack, 'ProbeLatency', {
  metric: probe.metricDuration({ statistic: 'p99', period: cdk.Duration.minutes(15) }),
  threshold: 5000,
  evaluationPeriods: 2,
}).addAlarmAction(notify);

const throttles = new cloudwatch.Alarm(stack, 'ProbeThrottles', {
  metric: probe.metricThrottles({ period: cdk.Duration.minutes(10) }),
  threshold: 0,
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
  actionsEnabled: true,
});
throttles.addAlarmAction(notify);
throttles.addInsufficientDataAction(notify);

report.metricInvocations({ period: cdk.Duration.days(1) }).createAlarm(stack, 'ReportDidNotRun', {
  threshold: 1,
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
  treatMissingData: cloudwatch.TreatMissingData.BREACHING,
}).addAlarmAction(notify);

new cdk.CfnOutput(stack, 'ProbeFailuresAlarm', { value: probeFailures.alarmArn });
app.synth();

// Conformance case 'user-bluegreen-rollout': an app as a CDK user writes it, not shaped to a
// feature: a blue/green release helper for a named checkout function in a stack pinned to one
// account and region. The `live` alias stays on the last good version (imported by number) and
// sends a tenth of the traffic to the new currentVersion (retained, described, one retry); it has
// provisioned concurrency that scales on utilization (cooldowns) and on schedules in Berlin time
// (business hours, evenings, a one-off sale window with start and end times), and failed async
// invocations go to a queue. A `green` alias on the new version serves an IAM Function URL for
// smoke tests that a role of the QA account may call. Alarms: the alias's errors (datapoints to
// alarm) and throttles, the new version's error rate (a math expression over metrics by
// ExecutedVersion), and a composite rollback alarm over them that tells the release topic; a
// dashboard compares the versions. The new version and the alias are outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'CheckoutRelease', { env: { account: '555566667777', region: 'eu-central-1' } });

const fn = new lambda.Function(stack, 'Checkout', {
  functionName: 'checkout-api',
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "v42" });'),
  memorySize: 1024,
  currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN, description: 'release 42', retryAttempts: 1 },
});
const green = fn.currentVersion;
const blue = lambda.Version.fromVersionAttributes(stack, 'Blue', { lambda: fn, version: '41' });
const failed = new sqs.Queue(stack, 'FailedInvocations', { retentionPeriod: cdk.Duration.days(4) });

const live = new lambda.Alias(stack, 'Live', {
  aliasName: 'live',
  version: blue,
  additionalVersions: [{ version: green, weight: 0.1 }],
  description: 'blue 41, canary 42',
  provisionedConcurrentExecutions: 10,
  onFailure: new destinations.SqsDestination(failed),
  maxEventAge: cdk.Duration.minutes(30),
});
const scaling = live.addAutoScaling({ minCapacity: 10, maxCapacity: 120 });
scaling.scaleOnUtilization({ utilizationTarget: 0.7, scaleInCooldown: cdk.Duration.minutes(10), scaleOutCooldown: cdk.Duration.minutes(1) });
scaling.scaleOnSchedule('BusinessHours', {
  schedule: appscaling.Schedule.cron({ minute: '45', hour: '7', weekDay: 'MON-FRI' }),
  minCapacity: 40,
  timeZone: cdk.TimeZone.EUROPE_BERLIN,
});
scaling.scaleOnSchedule('Evening', {
  schedule: appscaling.Schedule.cron({ minute: '0', hour: '20' }),
  minCapacity: 10,
  maxCapacity: 60,
  timeZone: cdk.TimeZone.EUROPE_BERLIN,
});
scaling.scaleOnSchedule('SaleWindow', {
  schedule: appscaling.Schedule.rate(cdk.Duration.hours(1)),
  minCapacity: 80,
  startTime: new Date(Date.UTC(2026, 10, 27, 5, 0, 0)),
  endTime: new Date(Date.UTC(2026, 10, 30, 23, 0, 0)),
});

const smoke = new lambda.Alias(stack, 'Green', { aliasName: 'green', version: green, description: 'smoke tests of the new version' });
const url = smoke.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
url.grantInvokeUrl(iam.Role.fromRoleArn(stack, 'QaRunner', 'arn:aws:iam::888877776666:role/qa-smoke-runner'));

const releases = new sns.Topic(stack, 'Releases', { topicName: 'checkout-releases' });
const liveErrors = live.metricErrors({ period: cdk.Duration.minutes(1) }).createAlarm(stack, 'LiveErrors', {
  threshold: 5,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});
const liveThrottles = live.metricThrottles({ period: cdk.Duration.minutes(1) }).createAlarm(stack, 'LiveThrottles', {
  threshold: 1,
  evaluationPeriods: 5,
});
const byVersion = (metricName) => new cloudwatch.Metric({
  namespace: 'AWS/Lambda',
  metricName,
  dimensionsMap: { FunctionName: fn.functionName, Resource: `${fn.functionName}:live`, ExecutedVersion: green.version },
  statistic: cloudwatch.Stats.SUM,
  period: cdk.Duration.minutes(1),
});
const greenErrorRate = new cloudwatch.MathExpression({
  expression: '100 * errors / MAX([errors, invocations])',
  usingMetrics: { errors: byVersion('Errors'), invocations: byVersion('Invocations') },
  label: 'new version error %',
  period: cdk.Duration.minutes(1),
});
const greenErrors = greenErrorRate.createAlarm(stack, 'GreenErrorRate', {
  threshold: 2,
  evaluationPeriods: 5,
  alarmDescription: 'the canary fails more than 2% of its calls',
});
const rollback = new cloudwatch.CompositeAlarm(stack, 'Rollback', {
  compositeAlarmName: 'checkout-rollback',
  alarmRule: cloudwatch.AlarmRule.anyOf(
    cloudwatch.AlarmRule.fromAlarm(greenErrors, cloudwatch.AlarmState.ALARM),
    cloudwatch.AlarmRule.allOf(liveErrors, liveThrottles),
  ),
});
rollback.addAlarmAction(new actions.SnsAction(releases));

new cloudwatch.Dashboard(stack, 'ReleaseBoard', {
  dashboardName: 'checkout-release',
  widgets: [[
    new cloudwatch.GraphWidget({ title: 'invocations by version', left: [byVersion('Invocations')], right: [greenErrorRate], width: 12 }),
    new cloudwatch.AlarmStatusWidget({ title: 'release alarms', alarms: [liveErrors, liveThrottles, greenErrors, rollback], width: 12 }),
  ]],
});

new cdk.CfnOutput(stack, 'NewVersion', { value: green.version });
new cdk.CfnOutput(stack, 'LiveAliasArn', { value: live.functionArn });
new cdk.CfnOutput(stack, 'SmokeUrl', { value: url.url });
app.synth();

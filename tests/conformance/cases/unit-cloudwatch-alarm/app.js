// Conformance case 'unit-cloudwatch-alarm': cloudwatch.Alarm as aws-cloudwatch's alarm tests use it,
// a stack per test: a simple alarm, metric.with (period, 'max', 'P99'), datapointsToAlarm, alarm /
// insufficient-data / OK actions of one's own, metric.createAlarm (min over 10 seconds, 'p99.9',
// 'tm99.9999999999', 'TM(10%:90%)', Stats.p(99.9), Stats.ts(10, 90)), and the warning of an
// unrecognized statistic on the alarm.
// Ported from aws-cdk: aws-cloudwatch/test/alarm.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const testMetric = new cloudwatch.Metric({ namespace: 'CDK/Test', metricName: 'Metric' });
// TestAlarmAction: an IAlarmAction that binds to the ARN it was given
const action = (arn) => ({ bind: () => ({ alarmActionArn: arn }) });

new cloudwatch.Alarm(new cdk.Stack(app, 'SimpleAlarm'), 'Alarm', {
  metric: testMetric, threshold: 1000, evaluationPeriods: 3,
});
new cloudwatch.Alarm(new cdk.Stack(app, 'OverridePeriod'), 'Alarm', {
  metric: testMetric.with({ period: cdk.Duration.minutes(10) }), threshold: 1000, evaluationPeriods: 3,
});
new cloudwatch.Alarm(new cdk.Stack(app, 'OverrideStatistic'), 'Alarm', {
  metric: testMetric.with({ statistic: 'max' }), threshold: 1000, evaluationPeriods: 3,
});
new cloudwatch.Alarm(new cdk.Stack(app, 'Percentile'), 'Alarm', {
  metric: testMetric.with({ statistic: 'P99' }), threshold: 1000, evaluationPeriods: 3,
});
new cloudwatch.Alarm(new cdk.Stack(app, 'DatapointsToAlarm'), 'Alarm', {
  metric: testMetric, threshold: 1000, evaluationPeriods: 3, datapointsToAlarm: 2,
});
{
  const alarm = new cloudwatch.Alarm(new cdk.Stack(app, 'Actions'), 'Alarm', {
    metric: testMetric, threshold: 1000, evaluationPeriods: 2,
  });
  alarm.addAlarmAction(action('A'));
  alarm.addInsufficientDataAction(action('B'));
  alarm.addOkAction(action('C'));
  alarm.addAlarmAction(action('D'), action('E'));
  new cdk.CfnOutput(alarm, 'Arn', { value: alarm.alarmArn });
  new cdk.CfnOutput(alarm, 'Name', { value: alarm.alarmName });
}
testMetric.with({ statistic: 'min', period: cdk.Duration.seconds(10) })
  .createAlarm(new cdk.Stack(app, 'FromMetric'), 'Alarm', { threshold: 1000, evaluationPeriods: 2 });
for (const [name, statistic] of [
  ['PercentileString', 'p99.9'],
  ['GenericExtended', 'tm99.9999999999'],
  ['GenericPair', 'TM(10%:90%)'],
  ['StatsP', cloudwatch.Stats.p(99.9)],
  ['StatsTs', cloudwatch.Stats.ts(10, 90)],
]) {
  testMetric.with({ statistic }).createAlarm(new cdk.Stack(app, name), 'Alarm', { threshold: 1000, evaluationPeriods: 2 });
}
{
  const stack = new cdk.Stack(app, 'MyStack');
  const m = new cloudwatch.Metric({ namespace: 'CDK/Test', metricName: 'Metric', statistic: 'invalid' });
  new cloudwatch.Alarm(stack, 'MyAlarm', { metric: m, evaluationPeriods: 1, threshold: 1 });
  // the same with a label (the warning names it; the alarm takes a Metrics list)
  new cloudwatch.Alarm(stack, 'Labelled', {
    metric: m.with({ label: 'My label' }), evaluationPeriods: 1, threshold: 1,
  });
}
{
  // createAlarm with the options' own statistic and period, and every other option
  testMetric.createAlarm(new cdk.Stack(app, 'CreateAlarmOptions'), 'Alarm', {
    threshold: 5,
    evaluationPeriods: 4,
    datapointsToAlarm: 3,
    statistic: 'Sum',
    period: cdk.Duration.minutes(1),
    alarmName: 'my-alarm',
    alarmDescription: 'my description',
    comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    actionsEnabled: false,
  });
}

app.synth();

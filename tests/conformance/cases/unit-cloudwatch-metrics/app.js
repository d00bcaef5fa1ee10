// Conformance case 'unit-cloudwatch-metrics': cloudwatch.Metric as aws-cloudwatch's metrics tests use
// it: Metric.grantPutMetricData, a dimensionsMap in an alarm, metric.with({dimensionsMap}), a custom
// statistic, and the statistic parser (parseStatistic) seen through alarms: each statistic of the
// test's list goes to Statistic or ExtendedStatistic as parsed (unparseable ones warn), and
// metric.statistic shows its normalized form.
// Ported from aws-cdk: aws-cloudwatch/test/metrics.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'MetricGrant');
  const role = new iam.Role(stack, 'SomeRole', { assumedBy: new iam.AnyPrincipal() });
  cloudwatch.Metric.grantPutMetricData(role);
}
{
  const stack = new cdk.Stack(app, 'DimensionsMap');
  const metric = new cloudwatch.Metric({
    namespace: 'Test',
    metricName: 'Metric',
    dimensionsMap: { dimensionA: 'value1', dimensionB: 'value2' },
  });
  new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 10, evaluationPeriods: 1 });
  const withDims = new cloudwatch.Metric({
    namespace: 'Test',
    metricName: 'Metric',
    period: cdk.Duration.minutes(10),
    dimensionsMap: { dimensionA: 'value1' },
  }).with({ dimensionsMap: { dimensionB: 'value2' } });
  new cloudwatch.Alarm(stack, 'WithDimensions', { metric: withDims, threshold: 10, evaluationPeriods: 1 });
  new cdk.CfnOutput(stack, 'Dimensions', { value: JSON.stringify(withDims.dimensions) });
}
{
  const stack = new cdk.Stack(app, 'Statistics');
  const custom = new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric', statistic: 'myCustomStatistic' });
  new cdk.CfnOutput(stack, 'Custom', { value: custom.statistic });
  const stats = [
    cloudwatch.Stats.SAMPLE_COUNT, cloudwatch.Stats.AVERAGE, cloudwatch.Stats.SUM, cloudwatch.Stats.MINIMUM,
    cloudwatch.Stats.MAXIMUM, cloudwatch.Stats.IQM, 'avg', 'n', 'iqm',
    'p9', 'p99', 'P99', 'p99.99', 'p100', 'tm99', 'wm99', 'tc99', 'ts99',
    'TM(10%:90%)', 'TM(10.99%:90.99%)', 'WM(10%:90%)', 'TC(10%:90%)', 'TS(10%:90%)', 'TM(:90%)',
    'tm(10%:90%)', 'TM(10%:)', 'TM(10:1500)', 'TM(10:)', 'TM(:5000)', 'TM(0.123456789:)', 'TM(:0.123456789)',
    'TM(0.123456789%:)', 'TM(:0.123456789%)', 'TM(0.123:0.4543)', 'TM(0.123%:0.4543%)', 'TM(0.1000%:0.1000%)',
    'TM(0.9999:100.9999)', 'pr(10:20)',
    'p99.99.99', 'p200', 'P200', 'pa99', '99', 'tm1.', 'Tm12.', 'tm123', 'tm123.123456789', 'tm.123456789',
    'TM(10:90%)', 'tm(10:90%)', 'TM(10%:1500)', 'TM(10)', 'TM()', 'TM(0.:)', 'tm(:0.)', '()', '(:)', 'TM(:)', 'TM(',
    'TM)', 'TM(0.123456789%:%)', 'TM(0.123:0.4543%)', 'TM(0.123%:0.4543)', 'TM(1000%:)', 'TM(:1000%)',
    'TM(1000%:1000%)', 'tm(1e2:)', 'tm( 5 : 6 )', 'tm(5:6:7)', 'tm(5x:)', 'p0x10',
  ];
  const base = new cloudwatch.Metric({ namespace: 'Test', metricName: 'Metric' });
  stats.forEach((statistic, i) => {
    const m = base.with({ statistic });
    new cloudwatch.Alarm(stack, `Alarm${i}`, { metric: m, threshold: 1, evaluationPeriods: 1 });
    new cdk.CfnOutput(stack, `Statistic${i}`, { value: m.statistic });
  });
}

app.synth();

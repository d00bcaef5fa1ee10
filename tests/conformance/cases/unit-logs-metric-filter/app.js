// Conformance case 'unit-logs-metric-filter': logs.MetricFilter as aws-logs' metric filter tests use
// it, a stack per test: trivial instantiation (filterName), dimensions, the filter's metric (default,
// custom dimensions, custom statistic: seen in alarms and outputs), unit and no unit; and
// logGroup.extractMetric (a namespace with "/" too), addMetricFilter with every other option, and the
// other JSON patterns (notExists, isNull).
// Ported from aws-cdk: aws-logs/test/metricfilter.test.ts, aws-logs/test/loggroup.test.ts (extractMetric).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const base = {
  metricNamespace: 'AWS/Test',
  metricName: 'Latency',
  metricValue: '$.latency',
  filterPattern: logs.FilterPattern.exists('$.latency'),
};
const outputMetric = (stack, metric) => {
  new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1 });
  new cdk.CfnOutput(stack, 'Metric', {
    value: [metric.namespace, metric.metricName, metric.statistic, JSON.stringify(metric.dimensions ?? null)].join(' '),
  });
};
{
  const stack = new cdk.Stack(app, 'Trivial');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  new logs.MetricFilter(stack, 'Subscription', { logGroup, ...base, filterName: 'FooBazBar' });
}
{
  const stack = new cdk.Stack(app, 'WithDimensions');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  new logs.MetricFilter(stack, 'Subscription', { logGroup, ...base, dimensions: { Foo: 'Bar' } });
}
{
  const stack = new cdk.Stack(app, 'ExposesMetric');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  const mf = new logs.MetricFilter(stack, 'Subscription', { logGroup, ...base });
  outputMetric(stack, mf.metric());
}
{
  const stack = new cdk.Stack(app, 'ExposesMetricDimensions');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  const mf = new logs.MetricFilter(stack, 'Subscription', { logGroup, ...base, dimensions: { Foo: 'Bar', Bar: 'Baz' } });
  outputMetric(stack, mf.metric({ dimensionsMap: { Foo: 'Bar', Bar: 'Baz' } }));
}
{
  const stack = new cdk.Stack(app, 'ExposesMetricStatistic');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  const mf = new logs.MetricFilter(stack, 'Subscription', { logGroup, ...base });
  outputMetric(stack, mf.metric({ statistic: 'maximum' }));
}
{
  const stack = new cdk.Stack(app, 'WithUnit');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  new logs.MetricFilter(stack, 'Subscription', { logGroup, ...base, dimensions: { Foo: 'Bar' }, unit: cloudwatch.Unit.MILLISECONDS });
  new logs.MetricFilter(stack, 'NoUnit', { logGroup, ...base, dimensions: { Foo: 'Bar' } });
}
{
  const stack = new cdk.Stack(app, 'ExtractMetric');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  outputMetric(stack, lg.extractMetric('$.myField', 'MyService', 'Field'));
  const m2 = lg.extractMetric('$.myField', 'MyNamespace/MyService', 'Field');
  new cdk.CfnOutput(stack, 'Metric2', { value: `${m2.namespace} ${m2.metricName}` });
}
{
  const stack = new cdk.Stack(app, 'AddMetricFilter');
  const lg = new logs.LogGroup(stack, 'LogGroup');
  const mf = lg.addMetricFilter('Errors', {
    filterPattern: logs.FilterPattern.notExists('$.ok'),
    metricNamespace: 'App',
    metricName: 'Errors',
    defaultValue: 0,
    dimensions: { A: 'a', B: 'b', C: 'c' },
    unit: cloudwatch.Unit.COUNT,
    filterName: 'errors',
    applyOnTransformedLogs: true,
  });
  new cdk.CfnOutput(stack, 'Ref', { value: mf.node.defaultChild.ref });
  lg.addMetricFilter('Nulls', {
    filterPattern: logs.FilterPattern.isNull('$.value'),
    metricNamespace: 'App',
    metricName: 'Nulls',
    applyOnTransformedLogs: false,
  });
  logs.LogGroup.fromLogGroupName(stack, 'Imported', 'my-log-group').addMetricFilter('All', {
    filterPattern: logs.FilterPattern.allEvents(),
    metricNamespace: 'App',
    metricName: 'All',
  });
}

app.synth();

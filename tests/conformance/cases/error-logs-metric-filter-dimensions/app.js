// Conformance case 'error-logs-metric-filter-dimensions': a MetricFilter of 4 dimensions throws.
// Ported from aws-cdk: aws-logs/test/metricfilter.test.ts, 'should throw with more than 3 dimensions'.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const logGroup = new logs.LogGroup(stack, 'LogGroup');
new logs.MetricFilter(stack, 'Subscription', {
  logGroup,
  metricNamespace: 'AWS/Test',
  metricName: 'Latency',
  metricValue: '$.latency',
  filterPattern: logs.FilterPattern.exists('$.latency'),
  dimensions: { Foo: 'Bar', Bar: 'Baz', Baz: 'Qux', Qux: 'Quux' },
});
app.synth();

// Conformance case 'unit-cloudwatch-metric-math': aws-cloudwatch metric-math.test.ts, 'in graphs'
// (each test's GraphWidget a row of one dashboard) and 'in alarms' (an alarm per test, and the
// annotation of a math expression alarm in a graph); warnings of unknown identifiers (also nested)
// and none for METRICS(), SEARCH and a Metrics Insights query, on alarms.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const a = new cw.Metric({ namespace: 'Test', metricName: 'ACount' });
const b = new cw.Metric({ namespace: 'Test', metricName: 'BCount', statistic: 'Average' });
const c = new cw.Metric({ namespace: 'Test', metricName: 'CCount' });
const b99 = new cw.Metric({ namespace: 'Test', metricName: 'BCount', statistic: 'p99' });
const M = (expression, usingMetrics, more) => new cw.MathExpression({ expression, usingMetrics, ...more });

const dashboard = new cw.Dashboard(stack, 'Dash');
const graph = (left, right) => dashboard.addWidgets(new cw.GraphWidget({ left, right }));
graph([M('a + b', { a, b })]);
graph([M('a + e', { a, e: M('b + c', { b, c }) })]);
graph([M('a + e', { a, e: M('b + c', { b: a, c }) })]);
graph([M('a + e', { a }, { label: '' })]);
graph([M('a + e', { a, e: M('a + c', { a, c }) })]);
graph([a, M('a + b', { a, b })]);
graph([a.with({ period: cdk.Duration.seconds(10) }), M('a + b', { a: a.with({ period: cdk.Duration.seconds(10) }), b })]);
graph([a, M('a + b', { a, b }, { period: cdk.Duration.minutes(1) })]);
graph([M('a + e', { a, e: M('a + b', { a, b }, { period: cdk.Duration.minutes(1) }) })]);
graph([M('a + b99', { a, b99 })]);
graph([M('a + 1', { a })], [M('a + 2', { a })]);

const alarm = (id, metric) => new cw.Alarm(stack, id, { threshold: 1, evaluationPeriods: 1, metric });
alarm('Plain', M('a + b', { a, b }));
alarm('Nested', M('a + e', { a, e: M('b + c', { b, c }) }));
alarm('Transitive', M('a + e', { a, e: M('b + c', { b, c }, { period: cdk.Duration.minutes(1) }) }, { period: cdk.Duration.seconds(30) }));
alarm('NoInner', M('INSIGHT_RULE_METRIC("SomeId", UniqueContributors)', {}));
const annotated = alarm('Annotated', M('a + b', { a, b: b.with({ period: cdk.Duration.minutes(20) }) }, { period: cdk.Duration.minutes(10) }));
dashboard.addWidgets(new cw.GraphWidget({ left: [a], leftAnnotations: [annotated.toAnnotation()] }));
alarm('Percentile', M('a + b99', { a, b99 }));
alarm('Unknown', M('m1 + m2'));
alarm('UnknownNested', M('e1 + 5', { e1: M('m1 + m2') }));
alarm('Metrics', M('SUM(METRICS())', {}));
alarm('Search', M("SEARCH('{dimension_one, dimension_two} my_metric', 'Average', 300)", {}));
alarm('Insights', M("SELECT AVG(CpuUsage) FROM EC2 WHERE Instance = '123456'"));
app.synth();

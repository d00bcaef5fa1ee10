// Conformance case 'unit-cloudwatch-math-expression'
// Upstream: aws-cloudwatch/test/metric-math.test.ts, alarms on MathExpressions: two metrics, a
// label, a period that overrides the metrics' (its warning), an unknown identifier (its warning), a
// nested expression, createAlarm, with().
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const a = new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount' });
const b = new cloudwatch.Metric({ namespace: 'Test', metricName: 'BCount', statistic: 'max', dimensionsMap: { Stage: 'prod', Api: 'x' } });
const c = new cloudwatch.Metric({ namespace: 'Test', metricName: 'CCount', period: cdk.Duration.minutes(10), label: 'C', unit: cloudwatch.Unit.COUNT });
const alarm = (id, metric) => new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 2 });

alarm('Plain', new cloudwatch.MathExpression({ expression: 'a + b', usingMetrics: { a, b } }));
alarm('Labelled', new cloudwatch.MathExpression({ expression: 'a / c', usingMetrics: { a, c }, label: 'Ratio', period: cdk.Duration.minutes(1) }));
alarm('Unknown', new cloudwatch.MathExpression({ expression: 'a + b + FILL(x, 0) + "q"', usingMetrics: { a, b } }));
const inner = new cloudwatch.MathExpression({ expression: 'a * 2', usingMetrics: { a } });
alarm('Nested', new cloudwatch.MathExpression({ expression: 'inner + c', usingMetrics: { inner, c }, period: cdk.Duration.minutes(10) }));
new cloudwatch.MathExpression({ expression: 'b - a', usingMetrics: { a, b } })
  .with({ label: 'Diff', period: cdk.Duration.minutes(15) })
  .createAlarm(stack, 'Created', { threshold: 0, evaluationPeriods: 1, period: cdk.Duration.minutes(5) });
app.synth();

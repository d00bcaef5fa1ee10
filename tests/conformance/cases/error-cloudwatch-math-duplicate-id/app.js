// Conformance case 'error-cloudwatch-math-duplicate-id': a MathExpression whose usingMetrics id 'a'
// names one metric and, in the expression nested under it, another: MathExpression's
// validateNoIdConflicts throws (an UnscopedValidationError). The same id for the same metric, twice,
// is no conflict (e0 below). Upstream: aws-cloudwatch/test/metric-math.test.ts, 'can not use
// invalid variable names in MathExpression' neighbours (validateNoIdConflicts).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const a = new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount', label: 'Alpha' });
const b = new cloudwatch.Metric({ namespace: 'Test', metricName: 'BCount' });
const inner = new cloudwatch.MathExpression({ expression: 'a * 2', usingMetrics: { a } });
const e0 = new cloudwatch.MathExpression({ expression: 'a + e1', usingMetrics: { a, e1: inner } });
new cloudwatch.Alarm(stack, 'Fine', { threshold: 1, evaluationPeriods: 1, metric: e0 });
const e2 = new cloudwatch.MathExpression({ expression: 'a + e1', usingMetrics: { a: b, e1: inner } });
new cloudwatch.Alarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1, metric: e2 });
app.synth();

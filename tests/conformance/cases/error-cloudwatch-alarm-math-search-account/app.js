// Conformance case 'error-cloudwatch-alarm-math-search-account': an Alarm on a MathExpression with a
// searchRegion throws. Ported from aws-cdk: aws-cloudwatch/test/cross-environment.test.ts,
// 'math expression with different searchRegion will throw'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'pluto', account: '123456789012' } });
const a = new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount' });
const b = new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount', account: '123456789012' });
const c = new cloudwatch.MathExpression({
  expression: 'a + b',
  usingMetrics: { a, b },
  period: cdk.Duration.minutes(1),
  searchRegion: 'mars',
});
new cloudwatch.Alarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1, metric: c });
app.synth();

// Conformance case 'error-cloudwatch-alarm-math-too-many-metrics': an Alarm on a MathExpression
// using 15 metrics throws. Ported from aws-cdk: aws-cloudwatch/test/alarm.test.ts, 'alarm does not
// accept a math expression with more than 10 metrics'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const usingMetrics = {};
for (let i = 0; i < 15; i++) {
  usingMetrics[`metric${i}`] = new cloudwatch.Metric({ namespace: 'CDK/Test', metricName: `metric${i}` });
}
const math = new cloudwatch.MathExpression({ expression: 'a', usingMetrics });
new cloudwatch.Alarm(stack, 'Alarm', { metric: math, threshold: 1000, evaluationPeriods: 3 });
app.synth();

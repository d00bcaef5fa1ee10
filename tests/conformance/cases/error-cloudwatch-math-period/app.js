// Conformance case 'error-cloudwatch-math-period': a MathExpression with a period of 20 seconds.
// Ported from aws-cdk: aws-cloudwatch/test/metric-math.test.ts, 'can not use invalid period in
// MathExpression'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
new cloudwatch.MathExpression({
  expression: 'a+b',
  usingMetrics: {
    a: new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount' }),
    b: new cloudwatch.Metric({ namespace: 'Test', metricName: 'BCount', statistic: 'Average' }),
  },
  period: cdk.Duration.seconds(20),
});
app.synth();

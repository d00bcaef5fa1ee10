// Conformance case 'error-cloudwatch-metric-dimension-long': a dimension value of 256 characters throws.
// Ported from aws-cdk: aws-cloudwatch/test/metrics.test.ts, 'cannot use long dimension values in dimensionsMap'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
new cloudwatch.Metric({
  namespace: 'Test',
  metricName: 'ACount',
  period: cdk.Duration.minutes(10),
  dimensionsMap: { DimensionWithLongValue: new Array(256).fill('A', 0).join('') },
});
app.synth();

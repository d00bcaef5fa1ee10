// Conformance case 'error-cloudwatch-metric-dimension-undefined': a dimension whose value is undefined throws.
// Ported from aws-cdk: aws-cloudwatch/test/metrics.test.ts, 'cannot use undefined dimension value'
// (there with the deprecated `dimensions`; dimensionsMap is validated the same way).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
new cloudwatch.Metric({
  namespace: 'Test',
  metricName: 'ACount',
  period: cdk.Duration.minutes(10),
  dimensionsMap: { DimensionWithUndefined: undefined },
});
app.synth();

// Conformance case 'error-cloudwatch-metric-dimensions-max': a dimensionsMap of 31 dimensions throws
// (aws-cdk-lib 2.276.0 allows 30; the test, written when the limit was 10, gives 11).
// Ported from aws-cdk: aws-cloudwatch/test/metrics.test.ts, 'throws error when there are more than 10
// dimensions in dimensionsMap'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
const dimensionsMap = {};
for (let i = 1; i <= 31; i++) dimensionsMap[`dimension${i}`] = `value${i}`;
new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount', period: cdk.Duration.minutes(10), dimensionsMap });
app.synth();

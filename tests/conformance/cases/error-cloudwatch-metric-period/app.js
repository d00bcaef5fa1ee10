// Conformance case 'error-cloudwatch-metric-period': a Metric of a 20-second period throws.
// Ported from aws-cdk: aws-cloudwatch/test/metrics.test.ts, 'can not use invalid period in Metric'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
new cloudwatch.Metric({ namespace: 'Test', metricName: 'ACount', period: cdk.Duration.seconds(20) });
app.synth();

// Conformance case 'error-cloudwatch-single-value-sparkline': a SingleValueWidget with setPeriodToTimeRange and sparkline throws.
// Ported from aws-cdk: aws-cloudwatch/test/graphs.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.SingleValueWidget({ metrics: [metric], setPeriodToTimeRange: true, sparkline: true });
app.synth();

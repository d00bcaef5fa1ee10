// Conformance case 'error-cloudwatch-anomaly-std-devs': an AnomalyDetectionAlarm of stdDevs -1 throws
// (Metric.anomalyDetectionFor's check). Ported from aws-cdk:
// aws-cloudwatch/test/alarm-anomaly-detection.test.ts, 'throws error for invalid stdDevs value'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: 'CPUUtilization' });
new cloudwatch.AnomalyDetectionAlarm(stack, 'Alarm', {
  metric,
  stdDevs: -1,
  evaluationPeriods: 3,
  comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
});
app.synth();

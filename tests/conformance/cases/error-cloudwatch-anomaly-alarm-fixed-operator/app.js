// Conformance case 'error-cloudwatch-anomaly-alarm-fixed-operator': an AnomalyDetectionAlarm given
// GREATER_THAN_THRESHOLD throws the Alarm's "Fixed threshold operator" error (before its own
// "Must use one of the anomaly detection operators" check is reached). Ported from aws-cdk:
// aws-cloudwatch/test/alarm-anomaly-detection.test.ts, 'throws error for non-anomaly detection operators'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: 'CPUUtilization' });
new cloudwatch.AnomalyDetectionAlarm(stack, 'Alarm', {
  metric,
  evaluationPeriods: 3,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
});
app.synth();

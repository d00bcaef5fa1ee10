// Conformance case 'error-cloudwatch-alarm-anomaly-operator': an Alarm with an anomaly detection
// operator on a plain metric throws. Ported from aws-cdk:
// aws-cloudwatch/test/alarm-anomaly-detection.test.ts, 'Alarm rejects anomaly detection operators'.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: 'CPUUtilization' });
new cloudwatch.Alarm(stack, 'Alarm', {
  metric,
  threshold: 100,
  evaluationPeriods: 3,
  comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
});
app.synth();

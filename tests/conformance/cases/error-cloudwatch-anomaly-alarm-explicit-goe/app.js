// Conformance case 'error-cloudwatch-anomaly-alarm-explicit-goe': an AnomalyDetectionAlarm given
// GREATER_THAN_OR_EQUAL_TO_THRESHOLD (the Alarm's default operator, given explicitly) throws the
// Alarm's "Fixed threshold operator" error: ccdk's enum keeps "not given" apart from it.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: 'CPUUtilization' });
new cloudwatch.AnomalyDetectionAlarm(stack, 'Alarm', {
  metric,
  evaluationPeriods: 3,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
});
app.synth();

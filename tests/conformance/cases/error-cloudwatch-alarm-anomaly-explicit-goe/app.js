// Conformance case 'error-cloudwatch-alarm-anomaly-explicit-goe': an Alarm on an
// ANOMALY_DETECTION_BAND() expression given GREATER_THAN_OR_EQUAL_TO_THRESHOLD explicitly: the
// message names the operator (without one it says "undefined": error-cloudwatch-alarm-anomaly-fixed-operator).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: 'CPUUtilization' });
new cloudwatch.Alarm(stack, 'Alarm', {
  metric: cloudwatch.Metric.anomalyDetectionFor({ metric }),
  threshold: 0,
  evaluationPeriods: 3,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
});
app.synth();

// Conformance case 'error-cloudwatch-alarm-anomaly-fixed-operator': an Alarm on an
// ANOMALY_DETECTION_BAND() expression without a comparison operator throws (aws-cdk-lib prints
// props.comparisonOperator as given: "undefined").
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
});
app.synth();

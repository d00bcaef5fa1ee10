// Conformance case 'cloudwatch-anomaly-detection': AnomalyDetectionAlarm (defaults; stdDevs,
// operator, datapoints, missing data; on a math expression; on a 1-minute metric), Alarms on
// Metric.anomalyDetectionFor (a threshold given: the warning; none given), the band in a graph with
// the anomaly alarm's annotation. Ported from aws-cdk: aws-cloudwatch/test/alarm-anomaly-detection.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: 'CPUUtilization' });
const complex = new cloudwatch.MathExpression({
  expression: 'm1 + m2',
  usingMetrics: { m1: metric, m2: new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: 'NetworkIn' }) },
});

const defaults = new cloudwatch.AnomalyDetectionAlarm(stack, 'Default', { metric, evaluationPeriods: 3 });
new cloudwatch.AnomalyDetectionAlarm(stack, 'Custom', {
  metric,
  stdDevs: 3,
  evaluationPeriods: 2,
  datapointsToAlarm: 2,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD,
  treatMissingData: cloudwatch.TreatMissingData.BREACHING,
  alarmName: 'custom-anomaly',
  alarmDescription: 'an anomaly',
  actionsEnabled: false,
});
new cloudwatch.AnomalyDetectionAlarm(stack, 'Complex', { metric: complex, evaluationPeriods: 3 });
new cloudwatch.AnomalyDetectionAlarm(stack, 'OneMinute', {
  metric: metric.with({ period: cdk.Duration.minutes(1), statistic: 'p99', label: 'cpu' }),
  stdDevs: 1.5,
  evaluationPeriods: 5,
  comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_LOWER_THRESHOLD,
});

const band = cloudwatch.Metric.anomalyDetectionFor({ metric, stdDevs: 2.5 });
new cloudwatch.Alarm(stack, 'BandThreshold', {
  metric: band,
  threshold: 5,
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
});
new cloudwatch.Alarm(stack, 'BandNoThreshold', {
  metric: cloudwatch.Metric.anomalyDetectionFor({ metric: metric.with({ period: cdk.Duration.minutes(10) }), label: 'band', color: '#ff0000' }),
  threshold: cloudwatch.Alarm.ANOMALY_DETECTION_NO_THRESHOLD,
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD,
});

const d = new cloudwatch.Dashboard(stack, 'Dash');
d.addWidgets(new cloudwatch.GraphWidget({ left: [metric, band], leftAnnotations: [defaults.toAnnotation()] }));
d.addWidgets(new cloudwatch.AlarmWidget({ alarm: defaults }));
app.synth();

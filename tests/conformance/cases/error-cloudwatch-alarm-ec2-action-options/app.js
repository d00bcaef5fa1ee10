// Conformance case 'error-cloudwatch-alarm-ec2-action-options': the EC2-action error prints the
// metric's toMetricConfig(): with account / region (given and attached), color, label, id and
// visible. Ported from aws-cdk: aws-cloudwatch/test/alarm.test.ts ('non ec2 instance related alarm
// does not accept EC2 action').
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const metric = new cloudwatch.Metric({
  namespace: 'CDK/Test', metricName: 'Metric', color: '#00ff00', label: 'my metric', id: 'mine', visible: false,
  account: '210987654321', unit: cloudwatch.Unit.COUNT,
});
const alarm = new cloudwatch.Alarm(stack, 'Alarm', { metric: metric.attachTo(stack), threshold: 1000, evaluationPeriods: 2 });
alarm.addAlarmAction({ bind: () => ({ alarmActionArn: 'arn:aws:automate:us-east-1:ec2:stop' }) });
app.synth();

// Conformance case 'error-cloudwatch-alarm-ec2-action': an EC2 alarm action (here in the aws-us-gov
// partition) on a metric without an InstanceId dimension throws.
// Ported from aws-cdk: aws-cloudwatch/test/alarm.test.ts, 'non ec2 instance related alarm does not
// accept EC2 action' (and '... in other partitions').
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const alarm = new cloudwatch.Alarm(stack, 'Alarm', {
  metric: new cloudwatch.Metric({ namespace: 'CDK/Test', metricName: 'Metric', dimensionsMap: { Other: 'x' } }),
  threshold: 1000,
  evaluationPeriods: 2,
});
alarm.addAlarmAction({ bind: () => ({ alarmActionArn: 'arn:aws-us-gov:automate:us-east-1:ec2:reboot' }) });
app.synth();

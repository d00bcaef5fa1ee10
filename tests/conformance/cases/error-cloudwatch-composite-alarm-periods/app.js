// Conformance case 'error-cloudwatch-composite-alarm-periods': suppressor periods without an actions suppressor throw on the composite
// alarm. Ported from aws-cdk: aws-cloudwatch/test/composite-alarm.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.CompositeAlarm(stack, 'CompositeAlarm', {
  alarmRule: cw.AlarmRule.fromBoolean(true),
  actionsSuppressorExtensionPeriod: cdk.Duration.minutes(2),
  actionsSuppressorWaitPeriod: cdk.Duration.minutes(5),
});
app.synth();

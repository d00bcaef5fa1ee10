// Conformance case 'error-cloudwatch-mute-rule-date': an AlarmMuteRule whose start date has month 13 throws.
// (aws-cloudwatch/lib/alarm-mute-rule.ts; aws-cdk: aws-cloudwatch/test/alarm-mute-rule.test.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cloudwatch.AlarmMuteRule(stack, 'Rule', {
  schedule: cloudwatch.ScheduleExpression.expression('cron(0 0 * * ? *)'),
  duration: cdk.Duration.hours(1),
  start: { year: 2026, month: 13, day: 1, hour: 0, minute: 0 },
});
app.synth();

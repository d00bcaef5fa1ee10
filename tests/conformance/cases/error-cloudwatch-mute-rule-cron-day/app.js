// Conformance case 'error-cloudwatch-mute-rule-cron-day': ScheduleExpression.cron with both day and weekDay throws.
// (aws-cloudwatch/lib/alarm-mute-rule.ts; aws-cdk: aws-cloudwatch/test/alarm-mute-rule.test.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cloudwatch.AlarmMuteRule(stack, 'Rule', {
  schedule: cloudwatch.ScheduleExpression.cron({ minute: '0', day: '1', weekDay: 'MON' }),
  duration: cdk.Duration.hours(1),
});
app.synth();

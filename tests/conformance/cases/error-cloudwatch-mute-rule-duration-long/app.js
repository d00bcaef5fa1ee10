// Conformance case 'error-cloudwatch-mute-rule-duration-long': an AlarmMuteRule of 16 days throws.
// (aws-cloudwatch/lib/alarm-mute-rule.ts; aws-cdk: aws-cloudwatch/test/alarm-mute-rule.test.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cloudwatch.AlarmMuteRule(stack, 'Rule', {
  schedule: cloudwatch.ScheduleExpression.expression('cron(0 0 * * ? *)'),
  duration: cdk.Duration.days(16),
});
app.synth();

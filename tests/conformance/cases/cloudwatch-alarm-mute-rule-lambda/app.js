// Conformance case 'cloudwatch-alarm-mute-rule-lambda': AlarmMuteRules over a function's alarms:
// alarm.addAlarmMuteRule with a cron schedule (time zone), a rule of every option (name, description,
// at() schedule, start/expire dates, tags) with alarms added later (a named alarm, a composite alarm,
// an imported one), Tags.of on the stack, ScheduleExpression.expression, imports by name and ARN.
// Ported from aws-cdk: aws-cloudwatch/test/alarm-mute-rule.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const errors = fn.metricErrors().createAlarm(stack, 'Errors', { threshold: 1, evaluationPeriods: 1 });
const throttles = fn.metricThrottles().createAlarm(stack, 'Throttles', { threshold: 1, evaluationPeriods: 1, alarmName: 'fn-throttles' });
const composite = new cloudwatch.CompositeAlarm(stack, 'Composite', {
  alarmRule: cloudwatch.AlarmRule.anyOf(errors, throttles),
});

errors.addAlarmMuteRule('NightlyMute', {
  schedule: cloudwatch.ScheduleExpression.cron({ minute: '0', hour: '2', weekDay: 'MON-FRI', timeZone: cdk.TimeZone.AMERICA_NEW_YORK }),
  duration: cdk.Duration.hours(4),
});

const rule = new cloudwatch.AlarmMuteRule(stack, 'Maintenance', {
  alarmMuteRuleName: 'maintenance-window',
  description: 'planned maintenance',
  schedule: cloudwatch.ScheduleExpression.at({ year: 2026, month: 3, day: 7, hour: 4, minute: 5 }, cdk.TimeZone.EUROPE_LONDON),
  duration: cdk.Duration.days(15),
  start: { year: 2026, month: 1, day: 1, hour: 0, minute: 0 },
  expire: { year: 2027, month: 12, day: 31, hour: 23, minute: 59 },
  tags: { team: 'ops', env: 'prod' },
  alarms: [errors],
});
rule.addAlarm(throttles);
rule.addAlarm(composite);
rule.addAlarm(cloudwatch.Alarm.fromAlarmName(stack, 'Imported', 'some-other-alarm'));

new cloudwatch.AlarmMuteRule(stack, 'Plain', {
  schedule: cloudwatch.ScheduleExpression.expression('cron(0 0 * * ? *)'),
  duration: cdk.Duration.minutes(1),
});
cdk.Tags.of(stack).add('stack-tag', 'yes');

const byName = cloudwatch.AlarmMuteRule.fromAlarmMuteRuleName(stack, 'ByName', 'imported-rule');
const byArn = cloudwatch.AlarmMuteRule.fromAlarmMuteRuleArn(stack, 'ByArn', 'arn:aws:cloudwatch:us-east-1:123456789012:alarm-mute-rule:other');
new cdk.CfnOutput(stack, 'RuleArn', { value: rule.alarmMuteRuleArn });
new cdk.CfnOutput(stack, 'RuleName', { value: rule.alarmMuteRuleName });
new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.alarmMuteRuleArn });
new cdk.CfnOutput(stack, 'ByNameName', { value: byName.alarmMuteRuleName });
new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.alarmMuteRuleName });
app.synth();

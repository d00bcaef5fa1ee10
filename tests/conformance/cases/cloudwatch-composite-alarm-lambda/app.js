// Conformance case 'cloudwatch-composite-alarm-lambda': composite alarms over a Lambda function's
// alarms -- AlarmRule.anyOf / allOf / not / fromAlarm in each AlarmState / fromBoolean /
// fromString / atLeast (count, percentage) / atLeastNot, an actions suppressor with its default and
// given periods, an SNS alarm action, the default name (Names.uniqueId) and a given one (the
// names and ARNs of named alarms are still their Ref / GetAtt); Alarm and
// CompositeAlarm imports by ARN and by name in rules, an AlarmStatusWidget and an AlarmWidget; a
// stack tag on every taggable resource (composite alarms and the dashboard too).
// Ported from aws-cdk: aws-cloudwatch/test/composite-alarm.test.ts and alarm.test.ts (imports).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { tags: { team: 'orders' } });
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const errors = fn.metricErrors().createAlarm(stack, 'Errors', { threshold: 1, evaluationPeriods: 1 });
const throttles = fn.metricThrottles().createAlarm(stack, 'Throttles', { threshold: 10, evaluationPeriods: 2 });
const duration = fn.metricDuration().createAlarm(stack, 'Duration', {
  threshold: 1000, evaluationPeriods: 3, alarmName: 'Alarm with space in name',
});
const invocations = fn.metricInvocations().createAlarm(stack, 'Invocations', { threshold: 0, evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD });

const imported = cloudwatch.Alarm.fromAlarmArn(stack, 'Imported', 'arn:aws:cloudwatch:us-west-2:123456789012:alarm:TestAlarmName');
const byName = cloudwatch.Alarm.fromAlarmName(stack, 'ByName', 'OtherAlarm');
const compositeImport = cloudwatch.CompositeAlarm.fromCompositeAlarmArn(stack, 'CompositeImport',
  'arn:aws:cloudwatch:us-west-2:123456789012:alarm:Composite');
const compositeByName = cloudwatch.CompositeAlarm.fromCompositeAlarmName(stack, 'CompositeByName', 'CompositeName');
new cdk.CfnOutput(stack, 'ImportedName', { value: imported.alarmName });
new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.alarmArn });
new cdk.CfnOutput(stack, 'ByNameName', { value: byName.alarmName });
new cdk.CfnOutput(stack, 'CompositeByNameArn', { value: compositeByName.alarmArn });

const topic = new sns.Topic(stack, 'Topic');
const composite = new cloudwatch.CompositeAlarm(stack, 'CompositeAlarm', {
  alarmRule: cloudwatch.AlarmRule.anyOf(
    cloudwatch.AlarmRule.allOf(
      cloudwatch.AlarmRule.anyOf(
        cloudwatch.AlarmRule.fromAlarm(errors, cloudwatch.AlarmState.ALARM),
        cloudwatch.AlarmRule.fromAlarm(throttles, cloudwatch.AlarmState.OK),
        cloudwatch.AlarmRule.fromAlarm(duration, cloudwatch.AlarmState.ALARM),
      ),
      cloudwatch.AlarmRule.not(cloudwatch.AlarmRule.fromAlarm(invocations, cloudwatch.AlarmState.INSUFFICIENT_DATA)),
    ),
    cloudwatch.AlarmRule.fromBoolean(false),
  ),
});
composite.addAlarmAction(new actions.SnsAction(topic));
composite.addOkAction(new actions.SnsAction(topic));
new cdk.CfnOutput(stack, 'CompositeArn', { value: composite.alarmArn });
new cdk.CfnOutput(stack, 'CompositeName', { value: composite.alarmName });

new cdk.CfnOutput(stack, 'NamedAlarmName', { value: duration.alarmName });
new cdk.CfnOutput(stack, 'NamedAlarmArn', { value: duration.alarmArn });
const suppressed = new cloudwatch.CompositeAlarm(stack, 'Suppressed', {
  compositeAlarmName: 'suppressed',
  alarmDescription: 'errors unless throttled',
  actionsEnabled: true,
  alarmRule: cloudwatch.AlarmRule.fromAlarm(errors, cloudwatch.AlarmState.ALARM),
  actionsSuppressor: throttles,
});
new cdk.CfnOutput(stack, 'SuppressedName', { value: suppressed.alarmName });
new cloudwatch.CompositeAlarm(stack, 'SuppressedPeriods', {
  alarmRule: cloudwatch.AlarmRule.fromBoolean(true),
  actionsSuppressor: composite,
  actionsSuppressorExtensionPeriod: cdk.Duration.minutes(2),
  actionsSuppressorWaitPeriod: cdk.Duration.minutes(5),
});
new cloudwatch.CompositeAlarm(stack, 'AtLeast', {
  alarmRule: cloudwatch.AlarmRule.anyOf(
    cloudwatch.AlarmRule.atLeast(cloudwatch.AlarmState.ALARM, {
      operands: [errors, throttles, imported], threshold: cloudwatch.AtLeastThreshold.count(2),
    }),
    cloudwatch.AlarmRule.atLeastNot(cloudwatch.AlarmState.OK, {
      operands: [byName, compositeImport, compositeByName], threshold: cloudwatch.AtLeastThreshold.percentage(50),
    }),
    cloudwatch.AlarmRule.fromString('ALARM(SomeOtherAlarm)'),
    cloudwatch.AlarmRule.fromAlarm(imported, cloudwatch.AlarmState.OK),
  ),
});

const dashboard = new cloudwatch.Dashboard(stack, 'Dashboard', {
  defaultInterval: cdk.Duration.hours(36),
  periodOverride: cloudwatch.PeriodOverride.INHERIT,
  widgets: [
    [new cloudwatch.AlarmStatusWidget({
      alarms: [errors, composite, imported],
      sortBy: cloudwatch.AlarmStatusWidgetSortBy.STATE_UPDATED_TIMESTAMP,
      states: [cloudwatch.AlarmState.ALARM, cloudwatch.AlarmState.INSUFFICIENT_DATA],
    }), new cloudwatch.AlarmWidget({ alarm: composite, width: 18 })],
    [new cloudwatch.AlarmStatusWidget({ title: 'All', alarms: [throttles], width: 24, height: 2 })],
  ],
});
new cdk.CfnOutput(stack, 'DashboardArn', { value: dashboard.dashboardArn });

app.synth();

// Conformance case 'error-cloudwatch-alarm-rule-at-least-count': AtLeastThreshold.count beyond the number of operands throws when a
// composite alarm renders the rule (alarm-rule.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
const alarm = metric.createAlarm(stack, 'Alarm', { threshold: 1, evaluationPeriods: 1 });
new cw.CompositeAlarm(stack, 'CompositeAlarm', {
  alarmRule: cw.AlarmRule.atLeast(cw.AlarmState.ALARM, { operands: [alarm], threshold: cw.AtLeastThreshold.count(2) }),
});
app.synth();

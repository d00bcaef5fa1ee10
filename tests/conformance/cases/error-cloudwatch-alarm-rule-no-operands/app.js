// Conformance case 'error-cloudwatch-alarm-rule-no-operands': AlarmRule.allOf() without operands throws when a composite alarm
// renders it (alarm-rule.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.CompositeAlarm(stack, 'CompositeAlarm', { alarmRule: cw.AlarmRule.anyOf(cw.AlarmRule.fromBoolean(true), cw.AlarmRule.allOf()) });
app.synth();

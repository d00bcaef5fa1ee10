// Conformance case 'error-events-rule-name-too-long': a Rule name of 65 characters
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'fails synthesis when rule name is longer than 64 chars'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { ruleName: 'a'.repeat(65), schedule: events.Schedule.rate(cdk.Duration.minutes(10)) });
app.synth();

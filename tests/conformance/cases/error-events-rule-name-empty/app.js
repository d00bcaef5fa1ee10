// Conformance case 'error-events-rule-name-empty': a Rule named ""
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'fails synthesis when rule name is less than 1 chars'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { ruleName: '', schedule: events.Schedule.rate(cdk.Duration.minutes(10)) });
app.synth();

// Conformance case 'error-events-rule-name-invalid-chars': a Rule name with a space
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'fails synthesis when rule name contains invalid characters'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { ruleName: 'Rule ', schedule: events.Schedule.rate(cdk.Duration.minutes(10)) });
app.synth();

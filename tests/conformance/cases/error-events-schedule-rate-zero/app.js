// Conformance case 'error-events-schedule-rate-zero': Schedule.rate of 0 days
// Ported from aws-cdk: aws-events/test/schedule.test.ts, 'rate cannot be 0'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.days(0)) });
app.synth();

// Conformance case 'error-events-schedule-rate-fractional-hours': Schedule.rate of 1.03 hours
// Ported from aws-cdk: aws-events/test/schedule.test.ts, 'rate cannot be a fractional amount of minutes (defined with hours)'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.hours(1.03)) });
app.synth();

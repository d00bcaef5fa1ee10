// Conformance case 'error-events-schedule-rate-quarter-minute': Schedule.rate of 0.25 minutes
// Ported from aws-cdk: aws-events/test/schedule.test.ts, 'rate cannot be less than 1 minute (defined with minutes as decimals)'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.minutes(0.25)) });
app.synth();

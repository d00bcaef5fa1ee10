// Conformance case 'error-events-schedule-rate-half-minute': Schedule.rate of 1/2 minute
// Ported from aws-cdk: aws-events/test/schedule.test.ts, 'rate cannot be less than 1 minute (defined with minutes as fractions)'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.minutes(1/2)) });
app.synth();

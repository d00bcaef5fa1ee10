// Conformance case 'error-events-schedule-rate-150-seconds': Schedule.rate of 150 seconds (not whole minutes)
// Ported from aws-cdk: aws-events/test/schedule.test.ts, 'rate cannot be a fractional amount of minutes (defined with seconds)'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.seconds(150)) });
app.synth();

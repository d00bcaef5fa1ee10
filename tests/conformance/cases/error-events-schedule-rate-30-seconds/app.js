// Conformance case 'error-events-schedule-rate-30-seconds': Schedule.rate of 30 seconds
// Ported from aws-cdk: aws-events/test/schedule.test.ts, 'rate cannot be less than 1 minute (defined with seconds)'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.seconds(30)) });
app.synth();

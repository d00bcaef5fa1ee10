// Conformance case 'error-events-schedule-rate-token-seconds': Schedule.rate of a Lazy number of seconds
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'Seconds is not an allowed value for Schedule rate' and schedule.test.ts's 'rate must not be in seconds when specified as a token'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.seconds(cdk.Lazy.number({ produce: () => 5 }))) });
app.synth();

// Conformance case 'error-events-schedule-rate-token-millis': Schedule.rate of a Lazy number of millis
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'Millis is not an allowed value for Schedule rate'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule', { schedule: events.Schedule.rate(cdk.Duration.millis(cdk.Lazy.number({ produce: () => 5 }))) });
app.synth();

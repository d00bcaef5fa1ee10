// Conformance case 'error-events-rule-event-bus-and-schedule': a Rule with both eventBus and schedule
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'throws with eventBus and schedule'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const eventBus = new events.EventBus(stack, 'EventBus');
new events.Rule(stack, 'MyRule', { schedule: events.Schedule.rate(cdk.Duration.minutes(10)), eventBus });
app.synth();

// Conformance case 'error-events-rule-no-pattern-or-schedule': a Rule with neither eventPattern nor schedule
// Ported from aws-cdk: aws-events/test/rule.test.ts, 'fails synthesis if neither eventPattern nor scheduleExpression are specified'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new events.Rule(stack, 'Rule');
app.synth();

// Conformance case 'error-events-match-anything-but-empty': Match.anythingButPrefix() without a value
// Ported from aws-cdk: aws-events/test/matchers.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const { Match } = events;
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new events.Rule(stack, 'Rule', { eventPattern: { source: ['my.app'], detail: { field: Match.anythingButPrefix() } } });
app.synth();

// Conformance case 'error-events-match-all-of-not-numeric': Match.allOf of a matcher that is not numeric: the error when the pattern is resolved
// Ported from aws-cdk: aws-events/test/matchers.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const { Match } = events;
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new events.Rule(stack, 'Rule', { eventPattern: { source: ['my.app'], detail: { field: Match.allOf(Match.greaterThan(1), Match.prefixEqualsIgnoreCase('test')) } } });
app.synth();

// Conformance case 'error-events-match-cidr': Match.cidr of a range neither IPv4 nor IPv6
// Ported from aws-cdk: aws-events/test/matchers.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const { Match } = events;
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new events.Rule(stack, 'Rule', { eventPattern: { source: ['my.app'], detail: { field: Match.cidr('a.b.c/31') } } });
app.synth();

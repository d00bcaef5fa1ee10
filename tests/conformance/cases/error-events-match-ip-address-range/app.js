// Conformance case 'error-events-match-ip-address-range': Match.ipAddressRange of an IPv4 range with a prefix length above 32
// Ported from aws-cdk: aws-events/test/matchers.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const { Match } = events;
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new events.Rule(stack, 'Rule', { eventPattern: { source: ['my.app'], detail: { field: Match.ipAddressRange('10.0.0.0/33') } } });
app.synth();

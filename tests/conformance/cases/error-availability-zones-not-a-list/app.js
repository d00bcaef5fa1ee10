// Conformance case 'error-availability-zones-not-a-list': context.test.ts's 'AvailabilityZoneProvider
// will complain if not given a list' (the stack's context set to a string after a first read)
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ context: { '@aws-cdk/core:newStyleStackSynthesis': false } });
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const before = stack.availabilityZones; // the dummy values, the lookup reported missing
stack.node.setContext('availability-zones:account=123456789012:region=us-east-1', 'not-a-list');
new cdk.CfnOutput(stack, 'After', { value: cdk.Fn.join(',', [...before, ...stack.availabilityZones]) });
app.synth();

// Conformance case 'error-kinesis-resource-policy-both': a kinesis.ResourcePolicy given both a stream
// and a streamConsumer (resource-policy.ts: "Only one of stream or streamConsumer can be set").
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const stream = new kinesis.Stream(stack, 'Stream');
const streamConsumer = new kinesis.StreamConsumer(stack, 'Consumer', { stream, streamConsumerName: 'c1' });
new kinesis.ResourcePolicy(stack, 'Policy', { stream, streamConsumer });
app.synth();

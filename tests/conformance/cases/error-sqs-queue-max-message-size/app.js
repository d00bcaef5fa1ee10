// Conformance case 'error-sqs-queue-max-message-size': a queue's maximum message size over 1 MiB (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  maxMessageSizeBytes: 2097152,
});
app.synth();

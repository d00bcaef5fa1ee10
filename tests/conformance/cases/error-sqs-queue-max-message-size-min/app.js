// Conformance case 'error-sqs-queue-max-message-size-min': a queue's maxMessageSizeBytes 1023, just
// below the lower bound (sqs.test.ts: maxMessageSizeBytes validation for 1023 bytes).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'QueueWithSize1023', { maxMessageSizeBytes: 1023 });
app.synth();

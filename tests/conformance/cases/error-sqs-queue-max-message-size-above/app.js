// Conformance case 'error-sqs-queue-max-message-size-above': sqs.test.ts: maxMessageSizeBytes validation for 1048577 bytes (just above upper bound)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'QueueWithSize1048577', { maxMessageSizeBytes: 1048577 });
app.synth();

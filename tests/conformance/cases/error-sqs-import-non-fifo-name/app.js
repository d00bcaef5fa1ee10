// Conformance case 'error-sqs-import-non-fifo-name': fromQueueAttributes with fifo false for a queue name ending in .fifo (aws-sqs/test/sqs.test.ts: fails if fifo flag is false for fifo queue name)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
sqs.Queue.fromQueueAttributes(stack, 'ImportedFifoQueue', {
  queueArn: 'arn:aws:sqs:us-west-2:123456789012:queue1.fifo',
  fifo: false,
});
app.synth();

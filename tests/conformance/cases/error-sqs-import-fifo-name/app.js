// Conformance case 'error-sqs-import-fifo-name': fromQueueAttributes with fifo true for a queue name without .fifo (aws-sqs/test/sqs.test.ts: fails if fifo flag is set for non fifo queue name)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
sqs.Queue.fromQueueAttributes(stack, 'ImportedStdQueue', {
  queueArn: 'arn:aws:sqs:us-west-2:123456789012:queue1',
  fifo: true,
});
app.synth();

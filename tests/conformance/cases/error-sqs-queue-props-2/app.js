// Conformance case 'error-sqs-queue-props-2': every range rule of a queue's props at once: one error of six lines, in aws-sqs's validateQueueProps order (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dlq = new sqs.Queue(stack, 'Dlq');
new sqs.Queue(stack, 'Queue', {
  deliveryDelay: cdk.Duration.seconds(901),
  maxMessageSizeBytes: 512,
  retentionPeriod: cdk.Duration.days(15),
  receiveMessageWaitTime: cdk.Duration.seconds(21),
  visibilityTimeout: cdk.Duration.hours(13),
  deadLetterQueue: { queue: dlq, maxReceiveCount: 0 },
});
app.synth();

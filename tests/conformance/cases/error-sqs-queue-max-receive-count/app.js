// Conformance case 'error-sqs-queue-max-receive-count': a dead-letter queue's maximum receive count below 1 (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dlq = new sqs.Queue(stack, 'Dlq');
new sqs.Queue(stack, 'Queue', {
  deadLetterQueue: { queue: dlq, maxReceiveCount: 0 },
});
app.synth();

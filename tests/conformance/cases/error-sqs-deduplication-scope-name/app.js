// Conformance case 'error-sqs-deduplication-scope-name': a deduplication scope makes the queue FIFO, so its name must end in '.fifo' (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  queueName: 'orders',
  deduplicationScope: sqs.DeduplicationScope.QUEUE,
});
app.synth();

// Conformance case 'error-sqs-fifo-throughput-limit-standard': a FIFO throughput limit on a queue that is said not to be FIFO (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  fifo: false,
  fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
});
app.synth();

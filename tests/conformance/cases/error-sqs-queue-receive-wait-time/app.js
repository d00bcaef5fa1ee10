// Conformance case 'error-sqs-queue-receive-wait-time': a queue's receive wait time (long polling) over 20 seconds (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  receiveMessageWaitTime: cdk.Duration.seconds(21),
});
app.synth();

// Conformance case 'error-sqs-queue-delivery-delay': a queue's delivery delay over 900 seconds (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  deliveryDelay: cdk.Duration.minutes(16),
});
app.synth();

// Conformance case 'error-sqs-queue-props': a queue's retention period and visibility timeout out of
// range: one error of several lines (aws-sqs's validateQueueProps)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  retentionPeriod: cdk.Duration.seconds(30),
  visibilityTimeout: cdk.Duration.hours(13),
});
app.synth();

// Conformance case 'error-sqs-queue-policy-empty': a QueuePolicy given no statements: its empty
// document resolves to nothing, and CfnQueuePolicy requires a policyDocument.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const queue = new sqs.Queue(stack, 'Queue');
new sqs.QueuePolicy(stack, 'Policy', { queues: [queue] });
app.synth();

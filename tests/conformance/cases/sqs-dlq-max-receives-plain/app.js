// Conformance case 'sqs-dlq-max-receives-plain': a queue's deadLetterQueue with maxReceiveCount
// written as a plain number (ccdk's `.max_receives = 5`, beside CCDK_NUM(...)): RedrivePolicy.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dlq = new sqs.Queue(stack, 'DeadLetters');
new sqs.Queue(stack, 'Work', { deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
new sqs.Queue(stack, 'Other', { deadLetterQueue: { queue: dlq, maxReceiveCount: 2 } });
app.synth();

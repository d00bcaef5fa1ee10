// Conformance case 'error-sqs-redrive-too-many-sources': a redrive allow policy byQueue with 11 source queues (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dlq = new sqs.Queue(stack, 'Dlq');
new sqs.Queue(stack, 'Queue', {
  redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.BY_QUEUE, sourceQueues: Array(11).fill(dlq) },
});
app.synth();

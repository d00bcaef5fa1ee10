// Conformance case 'error-sqs-fifo-queue-generated-name': a FIFO queue whose queueName is
// PhysicalName.GENERATE_IF_NEEDED: determineFifoProps checks any string name, the marker's token
// too, for ".fifo" ("FIFO queue names must end in '.fifo'").
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { account: '111111111111', region: 'us-east-1' } });
new sqs.Queue(stack, 'Queue', { fifo: true, queueName: cdk.PhysicalName.GENERATE_IF_NEEDED });
app.synth();

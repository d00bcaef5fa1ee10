// Conformance case 'error-sqs-redrive-sources-with-deny-all': a redrive allow policy denyAll that names source queues (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dlq = new sqs.Queue(stack, 'Dlq');
new sqs.Queue(stack, 'Queue', {
  redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.DENY_ALL, sourceQueues: [dlq] },
});
app.synth();

// Conformance case 'error-sqs-redrive-by-queue-without-sources': a redrive allow policy byQueue without source queues (aws-sqs's Queue)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.BY_QUEUE },
});
app.synth();

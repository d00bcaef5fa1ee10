// Conformance case 'error-sqs-redrive-by-queue-empty-sources': a redrive allow policy byQueue with an empty sourceQueues array (aws-sqs/test/sqs.test.ts: throw if sourceQueues is blank array when redrivePermission is byQueue)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  redriveAllowPolicy: { sourceQueues: [], redrivePermission: sqs.RedrivePermission.BY_QUEUE },
});
app.synth();

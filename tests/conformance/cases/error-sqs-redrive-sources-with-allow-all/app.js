// Conformance case 'error-sqs-redrive-sources-with-allow-all': a redrive allow policy allowAll that names a source queue (aws-sqs/test/sqs.test.ts: throw if dead letter source queues are specified with allowAll permission)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const sourceQueue1 = new sqs.Queue(stack, 'SourceQueue1');
new sqs.Queue(stack, 'Queue', {
  redriveAllowPolicy: { sourceQueues: [sourceQueue1], redrivePermission: sqs.RedrivePermission.ALLOW_ALL },
});
app.synth();

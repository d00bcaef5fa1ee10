// Conformance case 'integ-sqs-source-queue-permission': aws-cdk's integ.sqs-source-queue-permission.ts
// (framework-integ/test/aws-sqs); dropped: the IntegTest
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();

const stack = new cdk.Stack(app, 'aws-cdk-sqs');

const sourceQueue1 = new sqs.Queue(stack, 'SourceQueue1');
const sourceQueue2 = new sqs.Queue(stack, 'SourceQueue2');

new sqs.Queue(stack, 'DeadLetterQueue', {
  redriveAllowPolicy: {
    sourceQueues: [sourceQueue1, sourceQueue2],
    redrivePermission: sqs.RedrivePermission.BY_QUEUE,
  },
});

app.synth();

// Conformance case 'error-sqs-queue-managed-with-key': SQS_MANAGED encryption with a master key.
// Upstream: aws-sqs/test/sqs.test.ts 'throws when encryptionMasterKey is provided with SQS_MANAGED'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'Queue', {
  encryption: sqs.QueueEncryption.SQS_MANAGED,
  encryptionMasterKey: new kms.Key(stack, 'Key'),
});
app.synth();

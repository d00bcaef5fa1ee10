// Conformance case 'integ-sqs-sqs': aws-cdk's integ.sqs.ts (framework-integ/test/aws-sqs); dropped: the
// IntegTest and its getQueueAttributes assertion
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();

const stack = new cdk.Stack(app, 'aws-cdk-sqs');

const dlq = new sqs.Queue(stack, 'DeadLetterQueue');
const queue = new sqs.Queue(stack, 'Queue', {
  deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
});
const fifo = new sqs.Queue(stack, 'FifoQueue', {
  fifo: true,
  encryptionMasterKey: new kms.Key(stack, 'EncryptionKey', { removalPolicy: cdk.RemovalPolicy.DESTROY }),
});
const highThroughputFifo = new sqs.Queue(stack, 'HighThroughputFifoQueue', {
  fifo: true,
  fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
  deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,
});
const kmsManagedEncryptedQueue = new sqs.Queue(stack, 'kmsManagedEncryptedQueue', {
  encryption: sqs.QueueEncryption.KMS_MANAGED,
});
const unencryptedQueue = new sqs.Queue(stack, 'UnencryptedQueue', {
  encryption: sqs.QueueEncryption.UNENCRYPTED,
});
const ssl = new sqs.Queue(stack, 'SSLQueue', { enforceSSL: true });

const role = new iam.Role(stack, 'Role', {
  assumedBy: new iam.AccountRootPrincipal(),
});

dlq.grantConsumeMessages(role);
queue.grantConsumeMessages(role);
fifo.grantConsumeMessages(role);
highThroughputFifo.grantConsumeMessages(role);
kmsManagedEncryptedQueue.grantConsumeMessages(role);
unencryptedQueue.grantConsumeMessages(role);
ssl.grantConsumeMessages(role);

new cdk.CfnOutput(stack, 'QueueUrl', { value: queue.queueUrl });

app.synth();

// Conformance case 'sqs-queue-grant-purge-encrypted': grantPurge and grant(...actions) on a queue
// encrypted with a key of its own: QueueGrants.actions grants on the key only when there are key
// actions, and these have none -- the function's policy gets the queue's actions only (found by
// difffuzz, gen_res seeds 20127 and 20138). grantConsumeMessages still adds kms:Decrypt.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'Key');
const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
const managed = new sqs.Queue(stack, 'Managed', { encryption: sqs.QueueEncryption.KMS });
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
queue.grantPurge(fn);
managed.grant(fn, 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl');
const other = new lambda.Function(stack, 'Other', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
managed.grantPurge(other);
queue.grantConsumeMessages(other);
app.synth();

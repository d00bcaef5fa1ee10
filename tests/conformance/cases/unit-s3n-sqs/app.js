// Conformance case 'unit-s3n-sqs': s3n.SqsDestination, a stack per test: the queue policy statement
// for s3.amazonaws.com (ArnLike aws:SourceArn), the notifications' DependsOn on the queue and its
// policy; a KMS-encrypted queue (the key policy statement); a queue encrypted with an imported key
// (the warning on the key). Extra stacks: both queue kinds on one bucket with filters, an imported
// queue, a queue on an imported bucket.
// Ported from aws-cdk: aws-s3-notifications/test/queue.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();

// 'queues can be used as destinations'
{
  const stack = new cdk.Stack(app, 'QueueDestination');
  const queue = new sqs.Queue(stack, 'Queue');
  const bucket = new s3.Bucket(stack, 'Bucket');
  bucket.addObjectRemovedNotification(new s3n.SqsDestination(queue));
}
// 'if the queue is encrypted with a custom kms key, the key resource policy is updated to allow s3 to read messages'
{
  const stack = new cdk.Stack(app, 'EncryptedQueue');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS });
  bucket.addObjectCreatedNotification(new s3n.SqsDestination(queue));
}
// 'if the queue is encrypted with a imported kms key, printout warning'
{
  const stack = new cdk.Stack(app, 'ImportedKey');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const key = kms.Key.fromKeyArn(stack, 'ImportedKey', 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab');
  const queue = new sqs.Queue(stack, 'Queue', {
    encryption: sqs.QueueEncryption.KMS,
    encryptionMasterKey: key,
  });
  bucket.addObjectCreatedNotification(new s3n.SqsDestination(queue));
}
// two queues, one of them twice, with filters; a given key; an imported queue
{
  const stack = new cdk.Stack(app, 'Several');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const key = new kms.Key(stack, 'Key');
  const q1 = new sqs.Queue(stack, 'Q1', { encryptionMasterKey: key });
  const q2 = new sqs.Queue(stack, 'Q2');
  const imported = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:queue1');
  bucket.addEventNotification(s3.EventType.OBJECT_CREATED_PUT, new s3n.SqsDestination(q1), { prefix: 'in/' });
  bucket.addEventNotification(s3.EventType.OBJECT_REMOVED, new s3n.SqsDestination(q1), { suffix: '.txt' });
  bucket.addEventNotification(s3.EventType.OBJECT_RESTORE_COMPLETED, new s3n.SqsDestination(q2),
    { prefix: 'a/', suffix: '.b' });
  bucket.addObjectCreatedNotification(new s3n.SqsDestination(imported));
}
// a queue notified by an imported bucket
{
  const stack = new cdk.Stack(app, 'ImportedBucket');
  const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'my-bucket');
  const queue = new sqs.Queue(stack, 'Queue');
  bucket.addObjectCreatedNotification(new s3n.SqsDestination(queue), { prefix: 'x/' });
}
app.synth();

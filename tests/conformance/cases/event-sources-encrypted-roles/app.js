// Conformance case 'event-sources-encrypted-roles': SQS sources on encrypted queues (a KMS queue with
// a given key: the key's decrypt grant; an import with a keyArn; a KMS_MANAGED queue: no key grant),
// a function with a role of its own and initialPolicy (the source's statements after it), a
// SingletonFunction declared twice reading two queues (one mapping each, under each declaration;
// the grants in the one Function's policy), props.events with an SNS source on a topic with a master key
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const props = {
  code: lambda.Code.fromInline('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
};

const key = new kms.Key(stack, 'QueueKey');
const kmsQueue = new sqs.Queue(stack, 'KmsQueue', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
const importedQueue = sqs.Queue.fromQueueAttributes(stack, 'ImportedQueue', {
  queueArn: 'arn:aws:sqs:us-east-1:123456789012:imported',
  keyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
});
const managedQueue = new sqs.Queue(stack, 'ManagedQueue', { encryption: sqs.QueueEncryption.KMS_MANAGED });

const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const fn = new lambda.Function(stack, 'Fn', {
  ...props,
  role,
  initialPolicy: [new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] })],
});
fn.addEventSource(new sources.SqsEventSource(kmsQueue, { batchSize: 5 }));
fn.addEventSource(new sources.SqsEventSource(importedQueue));
fn.addEventSource(new sources.SqsEventSource(managedQueue, { reportBatchItemFailures: true }));

const s1 = new lambda.SingletonFunction(stack, 'S1', { ...props, uuid: 'a1b2c3d4-0000-1111-2222-333344445555' });
const s2 = new lambda.SingletonFunction(stack, 'S2', { ...props, uuid: 'a1b2c3d4-0000-1111-2222-333344445555' });
s1.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q1')));
s2.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q2'), { maxConcurrency: 2 }));

const topic = new sns.Topic(stack, 'Topic', { masterKey: new kms.Key(stack, 'TopicKey') });
new lambda.Function(stack, 'WithEvents', {
  ...props,
  events: [new sources.SnsEventSource(topic), new sources.SqsEventSource(kmsQueue)],
});

app.synth();

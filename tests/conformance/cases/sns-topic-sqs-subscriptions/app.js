// topic.addSubscription(new SqsSubscription(queue, props)): the queue policy statement and the
// subscription's DependsOn on it, rawMessageDelivery with a filter policy and a dead-letter queue,
// a KMS-encrypted queue (the key policy statement; its aws:SourceArn condition under
// @aws-cdk/aws-sns-subscriptions:restrictSqsDescryption), an imported queue, a queue of another
// stack, and an imported topic of an opt-in region (the principal sns.ap-east-1.amazonaws.com).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Orders');
const queue = new sqs.Queue(stack, 'Work');
topic.addSubscription(new subscriptions.SqsSubscription(queue));
const raw = new sqs.Queue(stack, 'Raw');
topic.addSubscription(new subscriptions.SqsSubscription(raw, {
  rawMessageDelivery: true,
  filterPolicy: { kind: sns.SubscriptionFilter.existsFilter() },
  deadLetterQueue: new sqs.Queue(stack, 'Undelivered'),
}));
const key = new kms.Key(stack, 'Key');
const encrypted = new sqs.Queue(stack, 'Encrypted', { encryptionMasterKey: key });
topic.addSubscription(new subscriptions.SqsSubscription(encrypted, { rawMessageDelivery: false }));
const ownKey = new sqs.Queue(stack, 'OwnKey', { encryption: sqs.QueueEncryption.KMS });
topic.addSubscription(new subscriptions.SqsSubscription(ownKey));
const importedQueue = sqs.Queue.fromQueueArn(stack, 'Existing', 'arn:aws:sqs:us-east-1:123456789012:existing');
topic.addSubscription(new subscriptions.SqsSubscription(importedQueue));

const queueStack = new cdk.Stack(app, 'QueueStack');
const remote = new sqs.Queue(queueStack, 'Remote');
topic.addSubscription(new subscriptions.SqsSubscription(remote));

const east = new cdk.Stack(app, 'EastStack', { env: { account: '111122223333', region: 'us-east-1' } });
const hk = sns.Topic.fromTopicArn(east, 'HongKong', 'arn:aws:sns:ap-east-1:111122223333:hk-orders');
hk.addSubscription(new subscriptions.SqsSubscription(new sqs.Queue(east, 'Inbox')));
const same = sns.Topic.fromTopicArn(east, 'Virginia', 'arn:aws:sns:us-east-1:111122223333:orders');
same.addSubscription(new subscriptions.SqsSubscription(new sqs.Queue(east, 'Local')));
app.synth();

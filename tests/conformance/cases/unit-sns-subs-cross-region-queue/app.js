// Conformance case 'unit-sns-subs-cross-region-queue': subs.test.ts 'queue subscription cross region': a topic in TopicStack
// (us-east-1) subscribed by a queue in QueueStack (us-east-2).
// Ported from aws-cdk: aws-sns-subscriptions/test/subs.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const topicStack = new cdk.Stack(app, 'TopicStack', { env: { account: '11111111111', region: 'us-east-1' } });
const subStack = new cdk.Stack(app, 'QueueStack', { env: { account: '11111111111', region: 'us-east-2' } });
const topic1 = new sns.Topic(topicStack, 'Topic', { topicName: 'topicName', displayName: 'displayName' });
const queue = new sqs.Queue(subStack, 'MyQueue');
topic1.addSubscription(new subs.SqsSubscription(queue));
app.synth();

// error: the same queue subscribed twice to a topic
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Orders');

const queue = new sqs.Queue(stack, 'Work');
topic.addSubscription(new subscriptions.SqsSubscription(queue));
topic.addSubscription(new subscriptions.SqsSubscription(queue, { rawMessageDelivery: true }));
app.synth();

// Conformance case 'sns-topic-sms-subscription-dead-letter-queue': SmsSubscription and
// EmailSubscription with a deadLetterQueue. aws-cdk-lib's SmsSubscription.bind leaves the queue out
// (odd, but so it is): no RedrivePolicy and no queue policy for it, while the email subscription
// gets both (found by difffuzz, gen_res seed 20120).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Alerts');
const dlq = new sqs.Queue(stack, 'Dlq');
topic.addSubscription(new subs.SmsSubscription('+15555550100', { deadLetterQueue: dlq }));
topic.addSubscription(new subs.EmailSubscription('ops@example.com', { deadLetterQueue: dlq }));
app.synth();

// topic.addSubscription(new EmailSubscription(...)): plain, json with a filter policy and a
// dead-letter queue, two addresses that are tokens (TokenSubscription:1 and :2), and on an
// imported topic.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Alerts');
topic.addSubscription(new subscriptions.EmailSubscription('ops@example.com'));
topic.addSubscription(new subscriptions.EmailSubscription('robots@example.com', {
  json: true,
  filterPolicy: { severity: sns.SubscriptionFilter.stringFilter({ allowlist: ['high', 'critical'] }) },
  deadLetterQueue: new sqs.Queue(stack, 'Undelivered'),
}));
const address = new cdk.CfnParameter(stack, 'OnCallAddress');
topic.addSubscription(new subscriptions.EmailSubscription(address.valueAsString));
topic.addSubscription(new subscriptions.EmailSubscription(cdk.Fn.join('@', ['pager', 'example.com'])));
const imported = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:us-east-1:111122223333:shared-alerts');
imported.addSubscription(new subscriptions.EmailSubscription('ops@example.com'));
app.synth();

// topic.addSubscription(new UrlSubscription(url, props)): https and http URLs (the protocol from
// the scheme), rawMessageDelivery with a filter policy and a dead-letter queue, a URL that is a
// token with its protocol given (TokenSubscription:1), and on an imported topic.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Hooks');
topic.addSubscription(new subscriptions.UrlSubscription('https://example.com/hook'));
topic.addSubscription(new subscriptions.UrlSubscription('http://example.com/plain', {
  rawMessageDelivery: true,
  filterPolicy: { level: sns.SubscriptionFilter.numericFilter({ greaterThan: 3 }) },
  deadLetterQueue: new sqs.Queue(stack, 'Undelivered'),
}));
const endpoint = new cdk.CfnParameter(stack, 'Endpoint');
topic.addSubscription(new subscriptions.UrlSubscription(endpoint.valueAsString, {
  protocol: sns.SubscriptionProtocol.HTTPS,
}));
const imported = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:us-east-1:111122223333:shared');
imported.addSubscription(new subscriptions.UrlSubscription('https://example.com/hook', { rawMessageDelivery: false }));
app.synth();

// Conformance case 'error-sns-subscription-raw-delivery': sns.Subscription with rawMessageDelivery
// on a LAMBDA subscription: aws-cdk-lib's error on the subscription (subscription.test.ts: throws
// with raw delivery for lambda protocol; email, email-json, sms and application throw the same).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  protocol: sns.SubscriptionProtocol.LAMBDA,
  topic: new sns.Topic(stack, 'Topic'),
  rawMessageDelivery: true,
});
app.synth();

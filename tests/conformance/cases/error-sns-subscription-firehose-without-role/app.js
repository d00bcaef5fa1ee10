// Conformance case 'error-sns-subscription-firehose-without-role': sns.Subscription with the
// Firehose protocol and no subscriptionRoleArn: aws-cdk-lib's error on the subscription
// (subscription.test.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sns.Subscription(stack, 'Subscription', {
  topic: new sns.Topic(stack, 'Topic'),
  protocol: sns.SubscriptionProtocol.FIREHOSE,
  endpoint: 'arn:aws:firehose:us-east-1:111111111111:deliverystream/stream',
});
app.synth();

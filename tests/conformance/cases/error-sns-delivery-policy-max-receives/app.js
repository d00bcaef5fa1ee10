// Conformance case 'error-sns-delivery-policy-max-receives': error: deliveryPolicy throttlePolicy maxReceivesPerSecond 0 (subscription.test.ts: throws an error when throttlePolicy < 1)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  deliveryPolicy: { throttlePolicy: { maxReceivesPerSecond: 0 } },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
app.synth();

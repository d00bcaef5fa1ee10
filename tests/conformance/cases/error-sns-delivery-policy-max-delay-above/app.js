// Conformance case 'error-sns-delivery-policy-max-delay-above': error: deliveryPolicy maxDelayTarget 3601 seconds (subscription.test.ts: throws an error when maxDelayTarget is ...)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(10), maxDelayTarget: cdk.Duration.seconds(3601), numRetries: 6 } },
  protocol: sns.SubscriptionProtocol.HTTP,
  topic,
});
app.synth();

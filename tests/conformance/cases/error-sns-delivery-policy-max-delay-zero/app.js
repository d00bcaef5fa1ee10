// Conformance case 'error-sns-delivery-policy-max-delay-zero': error: maxDelayTarget 0 s with minDelayTarget 10 s: the range error, before min-exceeds-max (subscription.test.ts: throws an error when maxDelayTarget is 0 S)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(10), maxDelayTarget: cdk.Duration.seconds(0), numRetries: 6 } },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
app.synth();

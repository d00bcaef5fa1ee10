// Conformance case 'error-sns-delivery-policy-min-delay-above': error: minDelayTarget 3601 s with maxDelayTarget 10 s: minDelayTarget's range error, before min-exceeds-max (subscription.test.ts: throws an error when minDelayTarget is 3601 S)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(3601), maxDelayTarget: cdk.Duration.seconds(10), numRetries: 6 } },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
app.synth();

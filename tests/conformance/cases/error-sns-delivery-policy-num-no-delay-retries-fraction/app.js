// Conformance case 'error-sns-delivery-policy-num-no-delay-retries-fraction': error: numNoDelayRetries 1.5 (subscription.test.ts: throws an error when numNoDelayRetries = 1.5)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(1), maxDelayTarget: cdk.Duration.seconds(10), numRetries: 6, numNoDelayRetries: 1.5 } },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
app.synth();

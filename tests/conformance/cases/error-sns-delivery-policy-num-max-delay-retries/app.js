// Conformance case 'error-sns-delivery-policy-num-max-delay-retries': error: numMaxDelayRetries -1 (subscription.test.ts: throws an error when numMaxDelayRetries = -1)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(1), maxDelayTarget: cdk.Duration.seconds(10), numRetries: 6, numMaxDelayRetries: -1 } },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
app.synth();

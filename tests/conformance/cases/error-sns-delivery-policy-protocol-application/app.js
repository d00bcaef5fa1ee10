// Conformance case 'error-sns-delivery-policy-protocol-application': error: a deliveryPolicy on a application subscription, the protocol in the message (subscription.test.ts: throws an error when deliveryPolicy is specified with protocol application)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  deliveryPolicy: { healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(11), maxDelayTarget: cdk.Duration.seconds(10), numRetries: 6 } },
  protocol: sns.SubscriptionProtocol.APPLICATION,
  subscriptionRoleArn: '???',
  topic,
});
app.synth();

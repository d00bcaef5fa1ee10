// Conformance case 'error-sns-delivery-policy-whole-seconds': error: deliveryPolicy maxDelayTarget Duration.millis(1500), not whole seconds (the message prints the Duration)
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  deliveryPolicy: { healthyRetryPolicy: { maxDelayTarget: cdk.Duration.millis(1500) } },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
app.synth();

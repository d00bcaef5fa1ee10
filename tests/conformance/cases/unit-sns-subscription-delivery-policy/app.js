// Subscription deliveryPolicy (aws-sns/test/subscription.test.ts: with delivery policy; healthyRetryPolicy
// defaults): every field, the CloudFormation-required defaults (minDelayTarget/maxDelayTarget 20,
// numRetries 3), numRetries 0 and num*DelayRetries 0 (not checked), minutes and millis durations,
// empty throttlePolicy/requestPolicy, a token content type, and a UrlSubscription's deliveryPolicy.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
new sns.Subscription(stack, 'Full', {
  endpoint: 'endpoint',
  deliveryPolicy: {
    healthyRetryPolicy: {
      minDelayTarget: cdk.Duration.seconds(5),
      maxDelayTarget: cdk.Duration.seconds(10),
      numRetries: 6,
      numNoDelayRetries: 1,
      numMinDelayRetries: 2,
      numMaxDelayRetries: 3,
      backoffFunction: sns.BackoffFunction.EXPONENTIAL,
    },
    throttlePolicy: { maxReceivesPerSecond: 10 },
    requestPolicy: { headerContentType: 'application/json' },
  },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
new sns.Subscription(stack, 'Defaults', {
  endpoint: 'http://example.com',
  deliveryPolicy: { healthyRetryPolicy: { backoffFunction: sns.BackoffFunction.LINEAR } },
  protocol: sns.SubscriptionProtocol.HTTP,
  topic,
});
new sns.Subscription(stack, 'Zeros', {
  endpoint: 'endpoint',
  deliveryPolicy: {
    healthyRetryPolicy: {
      minDelayTarget: cdk.Duration.millis(3000),
      maxDelayTarget: cdk.Duration.minutes(60),
      numRetries: 0,
      numNoDelayRetries: 0,
      numMinDelayRetries: 0,
      numMaxDelayRetries: 0,
      backoffFunction: sns.BackoffFunction.ARITHMETIC,
    },
    throttlePolicy: {},
    requestPolicy: {},
  },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
const contentType = new cdk.CfnParameter(stack, 'ContentType');
new sns.Subscription(stack, 'OnlyThrottle', {
  endpoint: 'endpoint',
  deliveryPolicy: {
    healthyRetryPolicy: { maxDelayTarget: cdk.Duration.seconds(1), minDelayTarget: cdk.Duration.seconds(1) },
    throttlePolicy: { maxReceivesPerSecond: 1 },
    requestPolicy: { headerContentType: contentType.valueAsString },
  },
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
new sns.Subscription(stack, 'Empty', {
  endpoint: 'endpoint',
  deliveryPolicy: {},
  protocol: sns.SubscriptionProtocol.HTTPS,
  topic,
});
topic.addSubscription(new subscriptions.UrlSubscription('https://example.com/hook', {
  deliveryPolicy: {
    healthyRetryPolicy: { minDelayTarget: cdk.Duration.seconds(30), backoffFunction: sns.BackoffFunction.GEOMETRIC },
    throttlePolicy: { maxReceivesPerSecond: 100 },
  },
}));
app.synth();

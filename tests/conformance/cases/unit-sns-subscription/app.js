// Conformance case 'unit-sns-subscription': aws-sns/test/subscription.test.ts's sns.Subscription
// tests that synthesize without filter or delivery policies, a stack per test: 'create a
// subscription' (a LAMBDA subscription to a literal endpoint) and 'create a subscription with DLQ
// when client provides DLQ' (the RedrivePolicy, and the queue policy letting the topic send to the
// dead-letter queue). The filter and delivery policy tests are unit-sns-subscription-filters and
// unit-sns-subscription-delivery-policy; the throwing ones error-sns-*.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
{ // create a subscription
  const stack = new cdk.Stack(app, 'CreateSubscription');
  const topic = new sns.Topic(stack, 'Topic');
  new sns.Subscription(stack, 'Subscription', {
    endpoint: 'endpoint',
    protocol: sns.SubscriptionProtocol.LAMBDA,
    topic,
  });
}
{ // create a subscription with DLQ when client provides DLQ
  const stack = new cdk.Stack(app, 'SubscriptionWithDlq');
  const topic = new sns.Topic(stack, 'Topic');
  const dlQueue = new sqs.Queue(stack, 'DeadLetterQueue', {
    queueName: 'MySubscription_DLQ',
    retentionPeriod: cdk.Duration.days(14),
  });
  new sns.Subscription(stack, 'Subscription', {
    endpoint: 'endpoint',
    protocol: sns.SubscriptionProtocol.LAMBDA,
    topic,
    deadLetterQueue: dlQueue,
  });
}
app.synth();

// Conformance case 'user-order-fanout': an app as a CDK user writes it: order events published to
// one SNS topic fan out to SQS queues (a billing queue that only takes placed and refunded orders
// over a threshold, an analytics queue with raw delivery and a subscription DLQ) and to functions
// (a notifier for every region but the test one, a fraud check filtered on the message body, an
// inventory updater's `live` alias). Asynchronous results go to destinations of every kind: a
// queue, a topic, another function (whole record and response only), a custom EventBridge bus and
// the default one, with retries and maximum event ages set on the function, the alias and through
// configureAsyncInvoke.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrderFanout');

const orderEvents = new sns.Topic(stack, 'OrderEvents', { displayName: 'Order events' });
const opsAlerts = new sns.Topic(stack, 'OpsAlerts');
opsAlerts.addSubscription(new subs.EmailSubscription('oncall@example.com'));
const domainBus = new events.EventBus(stack, 'DomainBus', { eventBusName: 'orders-domain' });

// queues
const billing = new sqs.Queue(stack, 'BillingQueue', { visibilityTimeout: cdk.Duration.minutes(2) });
orderEvents.addSubscription(new subs.SqsSubscription(billing, {
  filterPolicy: {
    eventType: sns.SubscriptionFilter.stringFilter({ allowlist: ['order.placed', 'order.refunded'] }),
    amount: sns.SubscriptionFilter.numericFilter({ greaterThanOrEqualTo: 10 }),
  },
}));
const analyticsDlq = new sqs.Queue(stack, 'AnalyticsSubscriptionDlq');
const analytics = new sqs.Queue(stack, 'AnalyticsQueue', { retentionPeriod: cdk.Duration.days(7) });
orderEvents.addSubscription(new subs.SqsSubscription(analytics, {
  rawMessageDelivery: true,
  deadLetterQueue: analyticsDlq,
}));
const failedInvocations = new sqs.Queue(stack, 'FailedInvocations', {
  retentionPeriod: cdk.Duration.days(14),
});

const code = lambda.Code.fromAsset('handlers');

// a reviewer that receives fraud results
const review = new lambda.Function(stack, 'FraudReview', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.review',
  code,
});

// the notifier: every region but the test one; results to the domain bus, failures to ops
const notifier = new lambda.Function(stack, 'Notifier', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.notify',
  code,
  timeout: cdk.Duration.seconds(20),
});
orderEvents.addSubscription(new subs.LambdaSubscription(notifier, {
  filterPolicy: {
    region: sns.SubscriptionFilter.stringFilter({ denylist: ['test'], matchPrefixes: ['eu-', 'us-'] }),
    customerEmail: sns.SubscriptionFilter.existsFilter(),
  },
}));
notifier.configureAsyncInvoke({
  onSuccess: new destinations.EventBridgeDestination(domainBus),
  onFailure: new destinations.SnsDestination(opsAlerts),
  retryAttempts: 0,
  maxEventAge: cdk.Duration.hours(1),
});

// the fraud check: filtered on the message body; failures to a queue, results to the reviewer
const fraud = new lambda.Function(stack, 'FraudCheck', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.fraud',
  code,
  memorySize: 256,
  retryAttempts: 1,
  maxEventAge: cdk.Duration.minutes(30),
  onSuccess: new destinations.LambdaDestination(review, { responseOnly: true }),
  onFailure: new destinations.SqsDestination(failedInvocations),
});
orderEvents.addSubscription(new subs.LambdaSubscription(fraud, {
  filterPolicyWithMessageBody: {
    order: sns.FilterOrPolicy.policy({
      amount: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numericFilter({ greaterThan: 500 })),
      currency: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ allowlist: ['EUR', 'USD'] })),
    }),
  },
}));

// the inventory updater's live alias: failures to the reviewer, successes to the default bus
const inventory = new lambda.Function(stack, 'InventoryUpdater', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.inventory',
  code,
});
const live = inventory.addAlias('live', {
  retryAttempts: 2,
  maxEventAge: cdk.Duration.hours(6),
  onFailure: new destinations.LambdaDestination(review),
  onSuccess: new destinations.EventBridgeDestination(),
});
orderEvents.addSubscription(new subs.LambdaSubscription(live, {
  filterPolicy: {
    eventType: sns.SubscriptionFilter.stringFilter({ allowlist: ['order.placed'] }),
  },
}));

new cdk.CfnOutput(stack, 'TopicArn', { value: orderEvents.topicArn });
app.synth();

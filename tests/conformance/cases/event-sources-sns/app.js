// Conformance case 'event-sources-sns': SnsEventSource with a filter policy and a dead-letter queue
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const topic = new sns.Topic(stack, 'MyTopic');
const deadLetterQueue = new sqs.Queue(stack, 'deadLetterQueue');
fn.addEventSource(new eventsources.SnsEventSource(topic, {
  filterPolicy: {
    color: sns.SubscriptionFilter.stringFilter({ allowlist: ['red', 'orange'], matchPrefixes: ['bl'] }),
    size: sns.SubscriptionFilter.stringFilter({ denylist: ['small', 'medium'] }),
    price: sns.SubscriptionFilter.numericFilter({ between: { start: 100, stop: 200 }, greaterThan: 300 }),
    store: sns.SubscriptionFilter.existsFilter(),
  },
  deadLetterQueue,
}));

// A second function on a second topic, filtering on the message body.
const fn2 = new lambda.Function(stack, 'BodyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const orders = new sns.Topic(stack, 'Orders', { topicName: 'orders' });
fn2.addEventSource(new eventsources.SnsEventSource(orders, {
  filterPolicyWithMessageBody: {
    background: sns.FilterOrPolicy.policy({
      color: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ allowlist: ['red', 'green'] })),
    }),
    kind: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.notExistsFilter()),
    amount: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numericFilter({ allowlist: [1, 2.5], lessThanOrEqualTo: 10 })),
  },
}));

app.synth();

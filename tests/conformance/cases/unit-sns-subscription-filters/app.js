// Conformance case 'unit-sns-subscription-filters': SubscriptionFilter.stringFilter / numericFilter /
// existsFilter / notExistsFilter in a Subscription's filterPolicy and filterPolicyWithMessageBody
// (a stack per test), and the same filters on a LambdaSubscription and an SqsSubscription.
// Ported from aws-cdk: aws-sns/test/subscription.test.ts ('with filter policy', 'with filter policy
// and filter policy scope MessageBody', 'with numeric filter and 0 values', 'with existsFilter').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
function subscription(name, props) {
  const stack = new cdk.Stack(app, name);
  const topic = new sns.Topic(stack, 'Topic');
  new sns.Subscription(stack, 'Subscription', {
    endpoint: 'endpoint', protocol: sns.SubscriptionProtocol.LAMBDA, topic, ...props,
  });
}
subscription('FilterPolicy', {
  filterPolicy: {
    color: sns.SubscriptionFilter.stringFilter({
      allowlist: ['red', 'green'],
      denylist: ['white', 'orange'],
      matchPrefixes: ['bl', 'ye'],
      matchSuffixes: ['ue', 'ow'],
    }),
    price: sns.SubscriptionFilter.numericFilter({
      allowlist: [100, 200],
      between: { start: 300, stop: 350 },
      greaterThan: 500,
      lessThan: 1000,
      betweenStrict: { start: 2000, stop: 3000 },
      greaterThanOrEqualTo: 1000,
      lessThanOrEqualTo: -2,
    }),
  },
});
subscription('MessageBody', {
  filterPolicyWithMessageBody: {
    background: sns.FilterOrPolicy.policy({
      color: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({
        allowlist: ['red', 'green'],
        denylist: ['white', 'orange'],
      })),
    }),
    price: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numericFilter({
      allowlist: [100, 200],
      between: { start: 300, stop: 350 },
      greaterThan: 500,
      lessThan: 1000,
      betweenStrict: { start: 2000, stop: 3000 },
    })),
  },
});
subscription('NumericZero', {
  filterPolicy: {
    price: sns.SubscriptionFilter.numericFilter({
      greaterThan: 0, greaterThanOrEqualTo: 0, lessThan: 0, lessThanOrEqualTo: 0,
    }),
  },
});
subscription('Exists', {
  filterPolicy: {
    size: sns.SubscriptionFilter.existsFilter(),
    weight: sns.SubscriptionFilter.notExistsFilter(),
    empty: sns.SubscriptionFilter.stringFilter({}),
    fraction: sns.SubscriptionFilter.numericFilter({ allowlist: [0.5, -1.25, 1e21] }),
  },
});
{
  const stack = new cdk.Stack(app, 'Targets');
  const topic = new sns.Topic(stack, 'Topic');
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_LATEST,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  });
  topic.addSubscription(new subs.LambdaSubscription(fn, {
    filterPolicy: {
      color: sns.SubscriptionFilter.stringFilter({ allowlist: ['red'], matchPrefixes: ['bl'] }),
      size: sns.SubscriptionFilter.notExistsFilter(),
    },
  }));
  const queue = new sqs.Queue(stack, 'Queue');
  topic.addSubscription(new subs.SqsSubscription(queue, {
    rawMessageDelivery: true,
    filterPolicyWithMessageBody: {
      order: sns.FilterOrPolicy.policy({
        price: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numericFilter({ betweenStrict: { start: 0, stop: 10 } })),
        store: sns.FilterOrPolicy.policy({
          region: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ denylist: ['eu'], matchSuffixes: ['-1'] })),
        }),
      }),
      tracked: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.existsFilter()),
    },
  }));
}
app.synth();

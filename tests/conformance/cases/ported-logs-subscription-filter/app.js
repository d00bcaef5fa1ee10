// Conformance case 'ported-logs-subscription-filter': aws-logs' subscriptionfilter.test.ts ported
// literally, a stack per test: the first in `new cdk.Stack()` as written ('Default'), the others
// named after their test since one app holds one Default stack. FakeDestination binds to
// { arn: 'arn:bogus' }; a KinesisDestination with distribution RANDOM.
// Ported from aws-cdk: aws-logs/test/subscriptionfilter.test.ts 'trivial instantiation',
// 'specifying custom name', 'subscription filter with KinesisDestination can have distribution set.'
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const logs = require('aws-cdk-lib/aws-logs');
const { KinesisDestination } = require('aws-cdk-lib/aws-logs-destinations');

class FakeDestination {
  bind(_scope, _sourceLogGroup) {
    return {
      arn: 'arn:bogus',
    };
  }
}

const app = new cdk.App();

// 'trivial instantiation'
{
  const stack = new cdk.Stack(app);
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup,
    destination: new FakeDestination(),
    filterPattern: logs.FilterPattern.literal('some pattern'),
  });
}
// 'specifying custom name'
{
  const stack = new cdk.Stack(app, 'CustomName');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup,
    destination: new FakeDestination(),
    filterPattern: logs.FilterPattern.literal('some pattern'),
    filterName: 'CustomSubscriptionFilterName',
  });
}
// 'subscription filter with KinesisDestination can have distribution set.'
{
  const stack = new cdk.Stack(app, 'KinesisDistribution');
  const logGroup = new logs.LogGroup(stack, 'LogGroup');
  const stream = new kinesis.Stream(stack, 'Stream');
  new logs.SubscriptionFilter(stack, 'Subscription', {
    logGroup,
    destination: new KinesisDestination(stream),
    filterPattern: logs.FilterPattern.literal('some pattern'),
    filterName: 'CustomSubscriptionFilterName',
    distribution: logs.Distribution.RANDOM,
  });
}
app.synth();

// topic.addSubscription(new LambdaSubscription(fn, props)): a function of the topic's stack with a
// filter policy and a dead-letter queue, an alias with filterPolicyWithMessageBody, an imported
// topic (the Region from its ARN), a topic of another stack (the stack dependency), and an
// imported function. (A topic of another region is a reference between environments, which ccdk
// does not make yet.)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const code = lambda.Code.fromInline('exports.handler = async () => 1;');
const topic = new sns.Topic(stack, 'Orders');
const fn = new lambda.Function(stack, 'Handler', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code });
topic.addSubscription(new subscriptions.LambdaSubscription(fn, {
  filterPolicy: {
    color: sns.SubscriptionFilter.stringFilter({ allowlist: ['red'], matchPrefixes: ['bl'] }),
    size: sns.SubscriptionFilter.numericFilter({ between: { start: 1, stop: 10 } }),
  },
  deadLetterQueue: new sqs.Queue(stack, 'Undelivered'),
}));
const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
topic.addSubscription(new subscriptions.LambdaSubscription(alias, {
  filterPolicyWithMessageBody: {
    order: sns.FilterOrPolicy.policy({ state: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ allowlist: ['paid'] })) }),
  },
}));
const imported = sns.Topic.fromTopicArn(stack, 'Shared', 'arn:aws:sns:eu-west-1:111122223333:shared');
imported.addSubscription(new subscriptions.LambdaSubscription(fn));
const importedFn = lambda.Function.fromFunctionArn(stack, 'Existing', 'arn:aws:lambda:us-east-1:123456789012:function:existing');
topic.addSubscription(new subscriptions.LambdaSubscription(importedFn));

const topicStack = new cdk.Stack(app, 'TopicStack');
const other = new sns.Topic(topicStack, 'Events');
const consumerStack = new cdk.Stack(app, 'ConsumerStack');
const consumer = new lambda.Function(consumerStack, 'Consumer', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code });
other.addSubscription(new subscriptions.LambdaSubscription(consumer));

app.synth();

// Conformance case 'error-sns-filter-policy-body-attributes': an SqsSubscription whose
// filterPolicyWithMessageBody has more than 5 attribute names (the Subscription's error).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
const f = sns.FilterOrPolicy.filter(sns.SubscriptionFilter.existsFilter());
topic.addSubscription(new subs.SqsSubscription(new sqs.Queue(stack, 'Queue'), {
  filterPolicyWithMessageBody: { a: f, b: f, c: f, d: f, e: f, f },
}));
app.synth();

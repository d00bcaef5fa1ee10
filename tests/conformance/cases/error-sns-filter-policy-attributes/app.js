// Conformance case 'error-sns-filter-policy-attributes': a filterPolicy of more than 5 attribute names
// (filters without conditions).
// Ported from aws-cdk: aws-sns/test/subscription.test.ts ('throws with more than 5 attributes in a filter policy').
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
const cond = sns.SubscriptionFilter.stringFilter({});
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  protocol: sns.SubscriptionProtocol.LAMBDA,
  topic,
  filterPolicy: { a: cond, b: cond, c: cond, d: cond, e: cond, f: cond },
});
app.synth();

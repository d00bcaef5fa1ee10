// Conformance case 'error-sns-filter-policy-body-combinations': a filterPolicyWithMessageBody whose
// combinations, each filter's length times its depth, exceed 150 (10*2 * 5*2 = 200).
// Ported from aws-cdk: aws-sns/test/subscription.test.ts ('throws with more than 150 conditions in a
// filter policy with filter policy scope set to MessageBody'; numeric allowlists stand for the
// test's raw conditions, which count the same).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
const numbers = (n) => sns.SubscriptionFilter.numericFilter({ allowlist: [...Array.from(Array(n).keys())] });
new sns.Subscription(stack, 'Subscription', {
  endpoint: 'endpoint',
  protocol: sns.SubscriptionProtocol.LAMBDA,
  topic,
  filterPolicyWithMessageBody: {
    a: sns.FilterOrPolicy.policy({ b: sns.FilterOrPolicy.filter(numbers(10)) }),
    c: sns.FilterOrPolicy.policy({ d: sns.FilterOrPolicy.filter(numbers(5)) }),
  },
});
app.synth();

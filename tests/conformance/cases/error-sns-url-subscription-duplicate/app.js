// Conformance case 'error-sns-url-subscription-duplicate': two UrlSubscriptions of one URL on a
// topic. The subscription's id is the URL; the topic's tryFindChild finds the first one by its
// sanitized id ('/' made "--"), so aws-cdk-lib's addSubscription error is "A subscription with id
// ... already exists", not constructs' duplicate-name error (found by difffuzz, gen_res seed 20009).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Orders');
topic.addSubscription(new subs.UrlSubscription('https://example.com/hook'));
topic.addSubscription(new subs.UrlSubscription('https://example.com/hook', { rawMessageDelivery: true }));
app.synth();

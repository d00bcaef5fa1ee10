// Conformance case 'unit-sns-subs-cross-region-lambda-agnostic': subs.test.ts 'lambda subscription, cross region env agnostic': a topic in TopicStack
// (env agnostic) subscribed by a function in LambdaStack (env agnostic).
// Ported from aws-cdk: aws-sns-subscriptions/test/subs.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const topicStack = new cdk.Stack(app, 'TopicStack', {});
const subStack = new cdk.Stack(app, 'LambdaStack', {});
const topic1 = new sns.Topic(topicStack, 'Topic', { topicName: 'topicName', displayName: 'displayName' });
const func = new lambda.Function(subStack, 'MyFunc', {
  runtime: lambda.Runtime.NODEJS_14_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = function(e, c, cb) { return cb() }'),
});
topic1.addSubscription(new subs.LambdaSubscription(func));
app.synth();

// Conformance case 'unit-sns-subs-cross-region-lambda': subs.test.ts 'lambda subscription, cross region': a topic in TopicStack
// (us-east-1) subscribed by a function in LambdaStack (us-east-2).
// Ported from aws-cdk: aws-sns-subscriptions/test/subs.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const topicStack = new cdk.Stack(app, 'TopicStack', { env: { account: '11111111111', region: 'us-east-1' } });
const subStack = new cdk.Stack(app, 'LambdaStack', { env: { account: '11111111111', region: 'us-east-2' } });
const topic1 = new sns.Topic(topicStack, 'Topic', { topicName: 'topicName', displayName: 'displayName' });
const func = new lambda.Function(subStack, 'MyFunc', {
  runtime: lambda.Runtime.NODEJS_14_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = function(e, c, cb) { return cb() }'),
});
topic1.addSubscription(new subs.LambdaSubscription(func));
app.synth();

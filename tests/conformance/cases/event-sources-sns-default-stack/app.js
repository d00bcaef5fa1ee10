// Conformance case 'event-sources-sns-default-stack': sns.test.ts's two tests in the stack
// `new cdk.Stack()` makes ('Default'), where the subscription and permission under the function are
// named by the topic's unique id alone ('T'); the two tests' functions are one 'Fn' here, the plain
// topic 'T2'
// Ported from aws-cdk: sns.test.ts 'sufficiently complex example', 'props are passed to subscription'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app);
// aws-cdk's test/test-function.ts
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const topic = new sns.Topic(stack, 'T');
const queue = new sqs.Queue(stack, 'Q');
fn.addEventSource(new sources.SnsEventSource(topic, {
  deadLetterQueue: queue,
  filterPolicy: { Field: sns.SubscriptionFilter.stringFilter({ allowlist: ['A', 'B'] }) },
}));
fn.addEventSource(new sources.SnsEventSource(new sns.Topic(stack, 'T2')));

app.synth();

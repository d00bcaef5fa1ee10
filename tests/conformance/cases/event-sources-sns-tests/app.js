// Conformance case 'event-sources-sns-tests': aws-cdk's sns.test.ts (aws-lambda-event-sources), each test
// as its own stack (the tests' `new cdk.Stack()`, here named)
// Ported from aws-cdk: sns.test.ts 'sufficiently complex example', 'props are passed to subscription'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
// aws-cdk's test/test-function.ts
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});

{
  const stack = new cdk.Stack(app, 'Complex');
  const fn = testFunction(stack, 'Fn');
  const topic = new sns.Topic(stack, 'T');
  fn.addEventSource(new sources.SnsEventSource(topic));
}
{
  const stack = new cdk.Stack(app, 'PropsPassed');
  const fn = testFunction(stack, 'Fn');
  const topic = new sns.Topic(stack, 'T');
  const queue = new sqs.Queue(stack, 'Q');
  fn.addEventSource(new sources.SnsEventSource(topic, {
    deadLetterQueue: queue,
    filterPolicy: { Field: sns.SubscriptionFilter.stringFilter({ allowlist: ['A', 'B'] }) },
  }));
}

app.synth();

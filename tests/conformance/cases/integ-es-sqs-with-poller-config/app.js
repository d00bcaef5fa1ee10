// Conformance case 'integ-es-sqs-with-poller-config': aws-cdk's integ.sqs-with-poller-config.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest and its three getEventSourceMapping assertions dropped; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

// test-function.ts's TestFunction (its STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X)
class TestFunction extends lambda.Function {
  constructor(scope, id) {
    super(scope, id, {
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
      runtime: lambda.Runtime.NODEJS_18_X,
    });
  }
}

async function handler(event) {
  console.log('event:', JSON.stringify(event, undefined, 2));
  return { event };
}

const app = new cdk.App();

const stack = new cdk.Stack(app, 'lambda-event-source-sqs-with-poller-config');

const queue = new sqs.Queue(stack, 'Queue');

const fn1 = new TestFunction(stack, 'Function1');
const eventSource1 = new eventsources.SqsEventSource(queue, {
  provisionedPollerConfig: {
    maximumPollers: 1000,
  },
});
fn1.addEventSource(eventSource1);

const fn2 = new TestFunction(stack, 'Function2');
const eventSource2 = new eventsources.SqsEventSource(queue, {
  provisionedPollerConfig: {
    minimumPollers: 3,
  },
});
fn2.addEventSource(eventSource2);

const fn3 = new TestFunction(stack, 'Function3');
const eventSource3 = new eventsources.SqsEventSource(queue, {
  provisionedPollerConfig: {
    minimumPollers: 3,
    maximumPollers: 1000,
  },
});
fn3.addEventSource(eventSource3);

app.synth();

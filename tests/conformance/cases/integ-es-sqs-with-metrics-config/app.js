// Conformance case 'integ-es-sqs-with-metrics-config': aws-cdk's integ.sqs-with-metrics-config.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; app.synth() added (the integ runner synthesizes)
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

const stack = new cdk.Stack(app, 'lambda-event-source-metrics-config-sqs');

const fn1 = new TestFunction(stack, 'F1');
const queue = new sqs.Queue(stack, 'Q');
const eventSource1 = new eventsources.SqsEventSource(queue, {
  batchSize: 5,
  metricsConfig: {
    metrics: [],
  },
});

fn1.addEventSource(eventSource1);

const fn2 = new TestFunction(stack, 'F2');
const eventSource2 = new eventsources.SqsEventSource(queue, {
  batchSize: 5,
  metricsConfig: {
    metrics: [lambda.MetricType.EVENT_COUNT],
  },
});

fn2.addEventSource(eventSource2);

app.synth();

// Conformance case 'event-sources-sqs-fifo': SqsEventSource on a FIFO queue with filters and max concurrency
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const queue = new sqs.Queue(stack, 'Orders', { fifo: true, contentBasedDeduplication: true });
fn.addEventSource(new eventsources.SqsEventSource(queue, {
  batchSize: 10,
  maxConcurrency: 5,
  reportBatchItemFailures: true,
  metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
  filters: [
    lambda.FilterCriteria.filter({
      body: {
        status: lambda.FilterRule.isEqual('new'),
        quantity: lambda.FilterRule.isEqual(3),
        note: lambda.FilterRule.null(),
        tag: lambda.FilterRule.empty(),
        customer: lambda.FilterRule.exists(),
        coupon: lambda.FilterRule.notExists(),
      },
    }),
  ],
}));

// A FIFO queue known by its name alone, and a standard queue with a batching window.
const named = new sqs.Queue(stack, 'Named', { queueName: 'named.fifo' });
fn.addEventSource(new eventsources.SqsEventSource(named, { enabled: false, maxConcurrency: 1000 }));
const standard = new sqs.Queue(stack, 'Standard', { contentBasedDeduplication: false });
fn.addEventSource(new eventsources.SqsEventSource(standard, {
  batchSize: 10000,
  maxBatchingWindow: cdk.Duration.minutes(5),
  filters: [],
  metricsConfig: { metrics: [] },
  provisionedPollerConfig: { minimumPollers: 2, maximumPollers: 10 },
}));

app.synth();

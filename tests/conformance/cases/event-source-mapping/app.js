// Conformance case 'event-source-mapping': lambda.EventSourceMapping made directly, and fn.addEventSourceMapping
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
const failures = new sqs.Queue(stack, 'Failures');
const mapping = new lambda.EventSourceMapping(stack, 'StreamMapping', {
  target: fn,
  eventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/my-stream',
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 50,
  maxBatchingWindow: cdk.Duration.seconds(10),
  bisectBatchOnError: false,
  retryAttempts: 0,
  maxRecordAge: cdk.Duration.seconds(60),
  parallelizationFactor: 1,
  tumblingWindow: cdk.Duration.seconds(900),
  reportBatchItemFailures: false,
  onFailure: new eventsources.SqsDlq(failures),
  filters: [lambda.FilterCriteria.filter({ data: { a: lambda.FilterRule.isEqual('b') } })],
});
new cdk.CfnOutput(stack, 'Id', { value: mapping.eventSourceMappingId });
new cdk.CfnOutput(stack, 'Arn', { value: mapping.eventSourceMappingArn });

fn.addEventSourceMapping('QueueMapping', {
  eventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:my-queue',
  maxConcurrency: 2,
  enabled: true,
  metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT, lambda.MetricType.ERROR_COUNT] },
  // a token inside a pattern: JSON.stringify keeps it, the resolver makes the string a Fn::Join
  provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2000, pollerGroupName: 'group-a' },
  filters: [lambda.FilterCriteria.filter({ body: { source: lambda.FilterRule.isEqual(failures.queueArn), n: lambda.FilterRule.isEqual(1.5) } })],
});

app.synth();

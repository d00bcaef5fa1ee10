// Conformance case 'lambda-esm-tests-2': EventSourceMapping props at the edges that
// event-source-mapping.test.ts's tests sit next to, where aws-cdk-lib's truthiness checks decide:
// zeros (maxConcurrency 0 is "not given": no check, no ScalingConfig; batchSize, retryAttempts,
// maxBatchingWindow and tumblingWindow of 0 are written), a startingPositionTimestamp of 0 with
// LATEST (no error: 0 is falsy, but it is written), an empty kafkaTopic (Topics [""]), an empty
// eventSourceArn with a consumer group (no AmazonManagedKafkaEventSourceConfig), given-but-empty
// filters (with filterEncryption: no error), sourceAccessConfigurations and provisionedPollerConfig,
// enabled / bisectBatchOnError false, a log level, on a Function, a Version and an Alias.
// Ported from aws-cdk: event-source-mapping.test.ts (the props its tests use, at their limits)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.EventSourceMapping(stack, 'Zeros', {
  target: fn,
  eventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:queue',
  maxConcurrency: 0,
  batchSize: 0,
  retryAttempts: 0,
  maxBatchingWindow: cdk.Duration.seconds(0),
  tumblingWindow: cdk.Duration.seconds(0),
  enabled: false,
  bisectBatchOnError: false,
  reportBatchItemFailures: false,
});
new lambda.EventSourceMapping(stack, 'TimestampZero', {
  target: fn,
  eventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s',
  startingPosition: lambda.StartingPosition.LATEST,
  startingPositionTimestamp: 0,
});
new lambda.EventSourceMapping(stack, 'EmptyTopic', {
  target: fn,
  eventSourceArn: '',
  kafkaTopic: '',
  kafkaConsumerGroupId: 'group',
});
const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/k');
new lambda.EventSourceMapping(stack, 'EmptyLists', {
  target: fn,
  eventSourceArn: 'some-arn',
  filters: [],
  filterEncryption: key,
  sourceAccessConfigurations: [],
  provisionedPollerConfig: {},
  metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT, lambda.MetricType.ERROR_COUNT] },
  logLevel: lambda.EventSourceMappingLogLevel.DEBUG,
});
const version = fn.currentVersion;
version.addEventSourceMapping('OnVersion', { eventSourceArn: 'asfd', maxRecordAge: cdk.Duration.days(7) });
const alias = new lambda.Alias(stack, 'LiveAlias', { aliasName: 'Live', version });
alias.addEventSourceMapping('OnAlias', {
  kafkaBootstrapServers: ['b1:9092'],
  kafkaConsumerGroupId: cdk.Lazy.string({ produce: () => 'lazy group' }),
  maxRecordAge: cdk.Duration.seconds(60),
  parallelizationFactor: 10,
  retryAttempts: -1,
});
app.synth();

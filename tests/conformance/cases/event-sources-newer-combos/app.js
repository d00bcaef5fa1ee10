// Conformance case 'event-sources-newer-combos': options of aws-cdk-lib 2.276.0's sources that the
// stored tests set one at a time, together, a stack each: an SqsEventSource on a FIFO queue with a
// provisionedPollerConfig (poller group name), metrics, filters and reportBatchItemFailures, and
// one at the pollers' bounds (200, 2000); a KinesisConsumerEventSource from AT_TIMESTAMP with an S3
// on-failure bucket, metrics, filters and a filter key; ManagedKafkaEventSource and
// SelfManagedKafkaEventSource with the DEBUG and WARN log levels, KAFKA_METRICS and ERROR_COUNT
// (sqs.test.ts, kinesis.test.ts, kafka.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
// aws-cdk's test/test-function.ts
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_22_X,
});
const given = (name) => {
  const stack = new cdk.Stack(app, name);
  return { stack, fn: testFunction(stack, 'Fn') };
};
const bodyIdExists = () => [lambda.FilterCriteria.filter({ body: { id: lambda.FilterRule.exists() } })];

{
  const { stack, fn } = given('SqsFifoPollers');
  const q = new sqs.Queue(stack, 'Q', { fifo: true });
  fn.addEventSource(new sources.SqsEventSource(q, {
    batchSize: 10,
    provisionedPollerConfig: { minimumPollers: 2, maximumPollers: 10, pollerGroupName: 'sqs-group' },
    metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT, lambda.MetricType.ERROR_COUNT] },
    filters: bodyIdExists(),
    reportBatchItemFailures: true,
  }));
}
{
  const { stack, fn } = given('SqsPollerBounds');
  fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q'), {
    provisionedPollerConfig: { minimumPollers: 200, maximumPollers: 2000 },
    batchSize: 1,
  }));
}
{
  const { stack, fn } = given('ConsumerEverything');
  const stream = new kinesis.Stream(stack, 'S');
  const consumer = new kinesis.StreamConsumer(stack, 'C', { stream, streamConsumerName: 'TheConsumer' });
  const key = new kms.Key(stack, 'FilterKey');
  fn.addEventSource(new sources.KinesisConsumerEventSource(consumer, {
    startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
    startingPositionTimestamp: 1640995200,
    onFailure: new sources.S3OnFailureDestination(new s3.Bucket(stack, 'Failures')),
    metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
    filters: [lambda.FilterCriteria.filter({ data: { kind: lambda.FilterRule.isEqual('order') } })],
    filterEncryption: key,
    reportBatchItemFailures: true,
    bisectBatchOnError: true,
  }));
}
{
  const { stack, fn } = given('KafkaLogLevels');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: 'some-arn',
    topic: 'some-topic',
    startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    logLevel: lambda.EventSourceMappingLogLevel.DEBUG,
    metricsConfig: { metrics: [lambda.MetricType.KAFKA_METRICS] },
  }));
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers: ['kafka-broker:9092'],
    topic: 'some-topic',
    secret: new secretsmanager.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' }),
    startingPosition: lambda.StartingPosition.LATEST,
    logLevel: lambda.EventSourceMappingLogLevel.WARN,
    metricsConfig: { metrics: [lambda.MetricType.ERROR_COUNT, lambda.MetricType.KAFKA_METRICS] },
  }));
}

app.synth();

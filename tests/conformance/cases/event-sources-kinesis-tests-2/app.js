// Conformance case 'event-sources-kinesis-tests-2': aws-cdk's kinesis.test.ts (aws-lambda-event-sources),
// its tests taken to the edges of what they check, a stack per test: the 'sufficiently complex example'
// on a KinesisConsumerEventSource (the consumer's grantRead), every StreamEventSource option at its
// bound (batchSize 1 and 10000, maxBatchingWindow 300 s, tumblingWindow 900 s, maxRecordAge 7 days,
// retryAttempts 0, parallelizationFactor 10), a Lazy batch size of 0 (withResolved: not checked, and
// `batchSize || 100` keeps the token), retry attempts and parallelization factor from Number
// parameters, filters with filterEncryption, an SnsDlq, a provisionedPollerConfig with a
// pollerGroupName (checked, then dropped), one source bound to two functions (its mapping id the
// last one's), the same stream read by two functions, a startingPositionTimestamp of 0 with LATEST
// (falsy to the mapping's checks, rendered all the same), a fractional batch size, a stream, its
// consumer and an SqsDlq queue of another stack, a KafkaDlq as a stream's onFailure (no check:
// its kafka:// destination as it is), a consumer of a KMS stream from AT_TIMESTAMP (a fractional
// timestamp) with an S3OnFailureDestination on a KMS bucket, metricsConfig and a number filter
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
// aws-cdk's test/test-function.ts
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
// each test: a stack with a function 'Fn' and a stream 'S'
const given = (name) => {
  const stack = new cdk.Stack(app, name);
  return { stack, fn: testFunction(stack, 'Fn'), stream: new kinesis.Stream(stack, 'S') };
};
const { TRIM_HORIZON, LATEST } = lambda.StartingPosition;

{
  const { stack, fn, stream } = given('Consumer');
  const consumer = new kinesis.StreamConsumer(stack, 'C', { stream, streamConsumerName: 'TheConsumer' });
  const eventSource = new sources.KinesisConsumerEventSource(consumer, { startingPosition: TRIM_HORIZON });
  fn.addEventSource(eventSource);
  new cdk.CfnOutput(stack, 'MappingId', { value: eventSource.eventSourceMappingId });
  new cdk.CfnOutput(stack, 'MappingArn', { value: eventSource.eventSourceMappingArn });
}
{
  const { fn, stream } = given('Bounds');
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    startingPosition: LATEST,
    batchSize: 10000,
    maxBatchingWindow: cdk.Duration.seconds(300),
    tumblingWindow: cdk.Duration.minutes(15),
    maxRecordAge: cdk.Duration.days(7),
    retryAttempts: 0,
    parallelizationFactor: 10,
    bisectBatchOnError: false,
    reportBatchItemFailures: false,
    enabled: true,
  }));
  const fn2 = testFunction(fn.stack, 'Fn2');
  fn2.addEventSource(new sources.KinesisEventSource(stream, {
    startingPosition: TRIM_HORIZON,
    batchSize: 1,
    maxRecordAge: cdk.Duration.seconds(60),
    retryAttempts: 10000,
    parallelizationFactor: 1,
    bisectBatchOnError: true,
    reportBatchItemFailures: true,
  }));
}
{
  const { fn, stream } = given('LazyZeroBatchSize');
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    batchSize: cdk.Lazy.number({ produce: () => 0 }), startingPosition: LATEST,
  }));
}
{
  const { stack, fn, stream } = given('ParameterRetries');
  const retries = new cdk.CfnParameter(stack, 'Retries', { type: 'Number', default: 3 });
  const factor = new cdk.CfnParameter(stack, 'Factor', { type: 'Number', default: 2 });
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    startingPosition: LATEST, retryAttempts: retries.valueAsNumber, parallelizationFactor: factor.valueAsNumber,
  }));
}
{
  const { stack, fn, stream } = given('FiltersEncrypted');
  const key = new kms.Key(stack, 'Key');
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    startingPosition: LATEST,
    filters: [
      lambda.FilterCriteria.filter({ data: { kind: lambda.FilterRule.isEqual('order'), amount: lambda.FilterRule.between(1, 100) } }),
      lambda.FilterCriteria.filter({ partitionKey: lambda.FilterRule.beginsWith('eu-') }),
    ],
    filterEncryption: key,
  }));
}
{
  const { stack, fn, stream } = given('SnsOnFailure');
  const topic = new sns.Topic(stack, 'Topic');
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    startingPosition: TRIM_HORIZON, onFailure: new sources.SnsDlq(topic), retryAttempts: 2,
  }));
}
{
  const { fn, stream } = given('PollersDropped');
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    startingPosition: LATEST,
    provisionedPollerConfig: { minimumPollers: 2, maximumPollers: 20, pollerGroupName: 'group' },
  }));
}
{
  const { stack, fn, stream } = given('TwoFunctions');
  const eventSource = new sources.KinesisEventSource(stream, { startingPosition: TRIM_HORIZON });
  fn.addEventSource(eventSource);
  const fn2 = testFunction(stack, 'Fn2');
  fn2.addEventSource(eventSource);
  new cdk.CfnOutput(stack, 'MappingId', { value: eventSource.eventSourceMappingId });
}
{
  const { fn, stream } = given('TimestampZero');
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: LATEST, startingPositionTimestamp: 0, batchSize: 100.5 }));
}
{
  const producer = new cdk.Stack(app, 'CrossStackProducer');
  const stream = new kinesis.Stream(producer, 'S');
  const consumer = new kinesis.StreamConsumer(producer, 'C', { stream, streamConsumerName: 'c' });
  const queue = new sqs.Queue(producer, 'Q');
  const stack = new cdk.Stack(app, 'CrossStackConsumer');
  const fn = testFunction(stack, 'Fn');
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: LATEST, onFailure: new sources.SqsDlq(queue) }));
  fn.addEventSource(new sources.KinesisConsumerEventSource(consumer, { startingPosition: TRIM_HORIZON }));
}
{
  const { fn, stream } = given('KafkaDlqOnStream');
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: LATEST, onFailure: new sources.KafkaDlq('dead') }));
}
{
  const stack = new cdk.Stack(app, 'ConsumerEverything');
  const fn = testFunction(stack, 'Fn');
  const stream = new kinesis.Stream(stack, 'S', { encryption: kinesis.StreamEncryption.KMS });
  const consumer = new kinesis.StreamConsumer(stack, 'C', { stream, streamConsumerName: 'c' });
  const bucket = new s3.Bucket(stack, 'B', { encryption: s3.BucketEncryption.KMS });
  fn.addEventSource(new sources.KinesisConsumerEventSource(consumer, {
    startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
    startingPositionTimestamp: 1700000000.5,
    onFailure: new sources.S3OnFailureDestination(bucket),
    metricsConfig: { metrics: [lambda.MetricType.ERROR_COUNT] },
    filters: [lambda.FilterCriteria.filter({ data: { n: lambda.FilterRule.isEqual(-1.5) } })],
  }));
}

app.synth();

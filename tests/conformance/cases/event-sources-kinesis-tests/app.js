// Conformance case 'event-sources-kinesis-tests': aws-cdk's kinesis.test.ts (aws-lambda-event-sources),
// each test that synthesizes a template as its own stack (the tests' `new cdk.Stack()`, here named)
// Ported from aws-cdk: kinesis.test.ts 'sufficiently complex example', 'specific tumblingWindowInSeconds',
// 'specific batch size', 'accepts if batch size is a token', 'specific maxBatchingWindow', 'contains
// eventSourceMappingId after lambda binding', 'event source disabled', 'AT_TIMESTAMP starting position',
// 'contains eventSourceMappingArn after lambda binding', 'S3 onFailure Destination raise unsupport error'
// (which aws-cdk-lib 2.276.0 no longer raises: Kinesis streams take an S3 destination), 'metrics config'
// (both: an empty list and EVENT_COUNT)
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');

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
const { TRIM_HORIZON, LATEST, AT_TIMESTAMP } = lambda.StartingPosition;

{
  const { fn, stream } = given('Complex');
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: TRIM_HORIZON }));
}
{
  const { fn, stream } = given('TumblingWindow');
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    batchSize: 50, startingPosition: LATEST, tumblingWindow: cdk.Duration.seconds(60),
  }));
}
{
  const { fn, stream } = given('SpecificBatchSize');
  fn.addEventSource(new sources.KinesisEventSource(stream, { batchSize: 50, startingPosition: LATEST }));
}
{
  const { fn, stream } = given('TokenBatchSize');
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    batchSize: cdk.Lazy.number({ produce: () => 10 }), startingPosition: LATEST,
  }));
}
{
  const { fn, stream } = given('MaxBatchingWindow');
  fn.addEventSource(new sources.KinesisEventSource(stream, { maxBatchingWindow: cdk.Duration.minutes(2), startingPosition: LATEST }));
}
{
  const { stack, fn, stream } = given('MappingId');
  const eventSource = new sources.KinesisEventSource(stream, { startingPosition: TRIM_HORIZON });
  fn.addEventSource(eventSource);
  new cdk.CfnOutput(stack, 'MappingId', { value: eventSource.eventSourceMappingId });
}
{
  const { fn, stream } = given('Disabled');
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: LATEST, enabled: false }));
}
{
  const { fn, stream } = given('AtTimestamp');
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: AT_TIMESTAMP, startingPositionTimestamp: 1640995200 }));
}

{
  const { stack, fn, stream } = given('MappingArn');
  const eventSource = new sources.KinesisEventSource(stream, { startingPosition: lambda.StartingPosition.TRIM_HORIZON });
  fn.addEventSource(eventSource);
  new cdk.CfnOutput(stack, 'MappingArn', { value: eventSource.eventSourceMappingArn });
}
{
  const { stack, fn, stream } = given('S3OnFailure');
  const bucket = s3.Bucket.fromBucketName(stack, 'BucketByName', 'my-bucket');
  const s3OnFailureDestination = new sources.S3OnFailureDestination(bucket);
  fn.addEventSource(new sources.KinesisEventSource(stream, {
    startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
    startingPositionTimestamp: 1640995200,
    onFailure: s3OnFailureDestination,
  }));
}
for (const [name, metrics] of [['EmptyMetrics', []], ['Metrics', [lambda.MetricType.EVENT_COUNT]]]) {
  const { fn, stream } = given(name);
  fn.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: lambda.StartingPosition.LATEST, enabled: false, metricsConfig: { metrics } }));
}

app.synth();

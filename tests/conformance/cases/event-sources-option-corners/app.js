// Conformance case 'event-sources-option-corners': options at aws-cdk-lib 2.276.0's edges, a stack
// each: SqsEventSource's provisioned pollers with a token (unchecked), maxConcurrency 0 (falsy: no
// ScalingConfig, unchecked), a token batching window and batch size; Kafka sources' batchSize 0
// (`batchSize || 100`); a Kinesis source's retryAttempts -1 (infinite) and a DynamoDB source's
// provisionedPollerConfig with a token (checked as far as known, then dropped)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();

function testFunction(scope) {
  return new lambda.Function(scope, 'Fn', {
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
    runtime: lambda.Runtime.NODEJS_22_X,
  });
}

{
  const stack = new cdk.Stack(app, 'SqsPollerToken');
  const fn = testFunction(stack);
  const min = new cdk.CfnParameter(stack, 'MinPollers', { type: 'Number', default: 2 });
  fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q'), {
    provisionedPollerConfig: { minimumPollers: min.valueAsNumber, maximumPollers: 5 },
  }));
}

{
  const stack = new cdk.Stack(app, 'SqsMaxConcurrencyZero');
  const fn = testFunction(stack);
  fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q'), { maxConcurrency: 0 }));
}

{
  const stack = new cdk.Stack(app, 'SqsTokenWindow');
  const fn = testFunction(stack);
  const window = new cdk.CfnParameter(stack, 'Window', { type: 'Number', default: 20 });
  const size = new cdk.CfnParameter(stack, 'Size', { type: 'Number', default: 500 });
  fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q'), {
    maxBatchingWindow: cdk.Duration.seconds(window.valueAsNumber),
    batchSize: size.valueAsNumber,
  }));
}

{
  const stack = new cdk.Stack(app, 'KafkaBatchZero');
  const fn = testFunction(stack);
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/c/abc',
    topic: 'orders',
    startingPosition: lambda.StartingPosition.LATEST,
    batchSize: 0,
  }));
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers: ['b-1.example.com:9092'],
    topic: 'orders',
    secret: new secretsmanager.Secret(stack, 'Secret'),
    startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    batchSize: 0,
  }));
}

{
  const stack = new cdk.Stack(app, 'StreamCorners');
  const fn = testFunction(stack);
  fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'S'), {
    startingPosition: lambda.StartingPosition.LATEST,
    retryAttempts: -1,
  }));
  const table = new dynamodb.Table(stack, 'T', {
    partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
    stream: dynamodb.StreamViewType.KEYS_ONLY,
  });
  const max = new cdk.CfnParameter(stack, 'MaxPollers', { type: 'Number', default: 10 });
  fn.addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    provisionedPollerConfig: { minimumPollers: 2, maximumPollers: max.valueAsNumber },
  }));
}

app.synth();

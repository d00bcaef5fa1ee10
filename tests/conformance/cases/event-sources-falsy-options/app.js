// Conformance case 'event-sources-falsy-options': the tests' options given their falsy values, a stack
// each (sqs.test.ts, dynamo.test.ts, kinesis.test.ts, kafka.test.ts): a zero batching window (given:
// rendered 0, and it lifts SQS's batch size limit to 10000), a zero tumbling window, enabled true,
// bisectBatchOnError and reportBatchItemFailures false, maxRecordAge at 60 s and 7 days, retry
// attempts 0, an empty filter list
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
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

{
  const { stack, fn } = given('SqsZeroWindow');
  fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q'), {
    batchSize: 11,
    maxBatchingWindow: cdk.Duration.seconds(0),
    enabled: true,
    reportBatchItemFailures: false,
    filters: [],
  }));
}
{
  const { stack, fn } = given('DynamoFalsy');
  const table = new dynamodb.Table(stack, 'T', {
    partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
    stream: dynamodb.StreamViewType.NEW_IMAGE,
  });
  fn.addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: lambda.StartingPosition.LATEST,
    tumblingWindow: cdk.Duration.seconds(0),
    maxBatchingWindow: cdk.Duration.seconds(0),
    bisectBatchOnError: false,
    reportBatchItemFailures: false,
    enabled: true,
    retryAttempts: 0,
    maxRecordAge: cdk.Duration.seconds(60),
  }));
}
{
  const { stack, fn } = given('KinesisFalsy');
  fn.addEventSource(new sources.KinesisEventSource(new kinesis.Stream(stack, 'S'), {
    startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    maxBatchingWindow: cdk.Duration.millis(0),
    tumblingWindow: cdk.Duration.minutes(0),
    bisectBatchOnError: false,
    maxRecordAge: cdk.Duration.days(7),
    parallelizationFactor: 1,
    enabled: false,
  }));
}
{
  const { stack, fn } = given('KafkaFalsy');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: 'some-arn',
    topic: 'some-topic',
    startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    maxBatchingWindow: cdk.Duration.seconds(0),
    bisectBatchOnError: false,
    reportBatchItemFailures: false,
    retryAttempts: 0,
    enabled: true,
  }));
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers: ['kafka-broker:9092'],
    topic: 'some-topic',
    secret: new secretsmanager.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' }),
    startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    maxBatchingWindow: cdk.Duration.seconds(0),
    bisectBatchOnError: false,
    enabled: false,
  }));
}

app.synth();

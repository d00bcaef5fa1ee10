// Conformance case 'event-sources-dynamo-tests': aws-cdk's dynamo.test.ts (aws-lambda-event-sources),
// each test that synthesizes a template as its own stack (the tests' `new cdk.Stack()`, here named)
// Ported from aws-cdk: dynamo.test.ts 'sufficiently complex example', 'specific tumblingWindow', 'specific
// batch size', 'pass validation if batchsize is token', 'adding filter criteria', 'specific
// maxBatchingWindow', 'contains eventSourceMappingId after lambda binding', 'contains eventSourceMappingArn
// after lambda binding', 'specific retryAttempts', 'specific bisectBatchOnFunctionError', 'specific
// parallelizationFactor', 'specific maxRecordAge', 'specific destinationConfig', 'specific
// functionResponseTypes', 'event source disabled', 'S3 onFailure Destination raise unsupport error' (which
// aws-cdk-lib 2.276.0 no longer raises: DynamoDB streams take an S3 destination), 'filter on boolean',
// 'adding filter criteria encryption', 'adding filter criteria encryption with stack key', 'fails if
// retryAttempts < 0' (its -1, which aws-cdk-lib 2.276.0 takes: infinite retries)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
// aws-cdk's test/test-function.ts
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
// each test: a stack with a function 'Fn' and a table 'T' with a stream
const given = (name) => {
  const stack = new cdk.Stack(app, name);
  const fn = testFunction(stack, 'Fn');
  const table = new dynamodb.Table(stack, 'T', {
    partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
    stream: dynamodb.StreamViewType.NEW_IMAGE,
  });
  return { stack, fn, table };
};
const { TRIM_HORIZON, LATEST } = lambda.StartingPosition;
const simple = (name, props) => {
  const { fn, table } = given(name);
  fn.addEventSource(new sources.DynamoEventSource(table, props));
};

simple('Complex', { startingPosition: TRIM_HORIZON });
simple('TumblingWindow', { batchSize: 50, startingPosition: LATEST, tumblingWindow: cdk.Duration.seconds(60) });
simple('SpecificBatchSize', { batchSize: 5000, startingPosition: LATEST });
{
  const { stack, fn, table } = given('TokenBatchSize');
  const batchSize = new cdk.CfnParameter(stack, 'BatchSize', { type: 'Number', default: 100, minValue: 1, maxValue: 10000 });
  fn.addEventSource(new sources.DynamoEventSource(table, { batchSize: batchSize.valueAsNumber, startingPosition: LATEST }));
}
simple('FilterCriteria', {
  startingPosition: LATEST,
  filters: [
    lambda.FilterCriteria.filter({
      eventName: lambda.FilterRule.isEqual('INSERT'),
      dynamodb: { Keys: { id: { S: lambda.FilterRule.exists() } } },
    }),
  ],
});
simple('MaxBatchingWindow', { maxBatchingWindow: cdk.Duration.minutes(2), startingPosition: LATEST });
{
  const { stack, fn, table } = given('MappingIdAndArn');
  const eventSource = new sources.DynamoEventSource(table, { startingPosition: TRIM_HORIZON });
  fn.addEventSource(eventSource);
  new cdk.CfnOutput(stack, 'MappingId', { value: eventSource.eventSourceMappingId });
  new cdk.CfnOutput(stack, 'MappingArn', { value: eventSource.eventSourceMappingArn });
}
simple('RetryAttempts', { retryAttempts: 10, startingPosition: LATEST });
simple('BisectBatchOnError', { bisectBatchOnError: true, startingPosition: LATEST });
simple('ParallelizationFactor', { parallelizationFactor: 5, startingPosition: LATEST });
simple('MaxRecordAge', { maxRecordAge: cdk.Duration.seconds(100), startingPosition: LATEST });
{
  const { stack, fn, table } = given('DestinationConfig');
  const queue = new sqs.Queue(stack, 'Queue');
  fn.addEventSource(new sources.DynamoEventSource(table, { onFailure: new sources.SqsDlq(queue), startingPosition: LATEST }));
}
simple('ReportBatchItemFailures', { startingPosition: LATEST, reportBatchItemFailures: true });
simple('Disabled', { startingPosition: LATEST, enabled: false });
{
  const { stack, fn, table } = given('S3OnFailure');
  const bucket = s3.Bucket.fromBucketName(stack, 'BucketByName', 'my-bucket');
  fn.addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: LATEST,
    onFailure: new sources.S3OnFailureDestination(bucket),
  }));
}
simple('FilterOnBoolean', {
  startingPosition: LATEST,
  filters: [
    lambda.FilterCriteria.filter({
      eventName: lambda.FilterRule.isEqual('INSERT'),
      dynamodb: { NewImage: { id: { BOOL: lambda.FilterRule.isEqual(true) } } },
    }),
  ],
});

const insertKeyExists = () => [lambda.FilterCriteria.filter({
  eventName: lambda.FilterRule.isEqual('INSERT'),
  dynamodb: { Keys: { id: { S: lambda.FilterRule.exists() } } },
})];
{
  const { stack, fn, table } = given('FilterEncryption');
  const myKey = kms.Key.fromKeyArn(stack, 'SourceBucketEncryptionKey', 'arn:aws:kms:us-east-1:123456789012:key/<key-id>');
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: LATEST, filters: insertKeyExists(), filterEncryption: myKey }));
}
{
  const { stack, fn, table } = given('FilterEncryptionStackKey');
  const myKey = new kms.Key(stack, 'fc-test-key-name', {
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    pendingWindow: cdk.Duration.days(7),
    description: 'KMS key for test fc encryption',
  });
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: LATEST, filters: insertKeyExists(), filterEncryption: myKey }));
}
simple('RetryAttemptsInfinite', { retryAttempts: -1, startingPosition: LATEST });

app.synth();

// Conformance case 'event-sources-dynamo-tests-2': aws-cdk's dynamo.test.ts (aws-lambda-event-sources),
// its tests taken to the edges of what they check, a stack per test: the 'sufficiently complex example'
// on a table with a customer-managed key (grantStreamRead's key grant), every StreamEventSource option
// at its bounds (batchSize 1 and 10000, maxBatchingWindow 300 s, tumblingWindow 900 s, maxRecordAge 7
// days, retryAttempts 0 and 10000, parallelizationFactor 1 and 10), filters with every FilterRule
// (null, empty, notExists, a number, or, notEquals, a false boolean), an SnsDlq, metricsConfig with
// two metric types, a provisionedPollerConfig (checked, then dropped), tables imported with a stream
// ARN (one with a key), two tables on one function, a TableV2's stream with an SqsDlq, a table of
// another stack, TableV2.fromTableAttributes with a stream ARN, an AWS_MANAGED table of number and
// binary keys with an S3OnFailureDestination on a KMS bucket
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
// aws-cdk's test/test-function.ts
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const partitionKey = { name: 'id', type: dynamodb.AttributeType.STRING };
// each test: a stack with a function 'Fn' and a table 'T' with a stream
const given = (name, tableProps = {}) => {
  const stack = new cdk.Stack(app, name);
  const fn = testFunction(stack, 'Fn');
  const table = new dynamodb.Table(stack, 'T', { partitionKey, stream: dynamodb.StreamViewType.NEW_IMAGE, ...tableProps });
  return { stack, fn, table };
};
const { TRIM_HORIZON, LATEST } = lambda.StartingPosition;

{
  const { fn, table } = given('CustomerManagedKey', { encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED });
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: TRIM_HORIZON }));
}
{
  const { stack, fn, table } = given('Bounds', { stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES });
  fn.addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: LATEST,
    batchSize: 10000,
    maxBatchingWindow: cdk.Duration.minutes(5),
    tumblingWindow: cdk.Duration.seconds(900),
    maxRecordAge: cdk.Duration.hours(168),
    retryAttempts: 10000,
    parallelizationFactor: 10,
  }));
  testFunction(stack, 'Fn2').addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: TRIM_HORIZON,
    batchSize: 1,
    maxRecordAge: cdk.Duration.minutes(1),
    retryAttempts: 0,
    parallelizationFactor: 1,
    enabled: true,
    bisectBatchOnError: false,
    reportBatchItemFailures: false,
  }));
}
{
  const { fn, table } = given('EveryFilterRule');
  fn.addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: LATEST,
    filters: [
      lambda.FilterCriteria.filter({
        eventName: lambda.FilterRule.or('INSERT', 'MODIFY'),
        dynamodb: {
          NewImage: {
            deleted: { NULL: lambda.FilterRule.null() },
            note: { S: lambda.FilterRule.empty() },
            archived: { BOOL: lambda.FilterRule.isEqual(false) },
            count: { N: lambda.FilterRule.isEqual(0) },
            state: { S: lambda.FilterRule.notEquals('done') },
          },
          OldImage: { id: { S: lambda.FilterRule.notExists() } },
        },
      }),
      lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('REMOVE') }),
    ],
  }));
}
{
  const { stack, fn, table } = given('SnsOnFailure');
  const topic = new sns.Topic(stack, 'Topic');
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: LATEST, onFailure: new sources.SnsDlq(topic) }));
}
{
  const { fn, table } = given('MetricsAndPollers');
  fn.addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: LATEST,
    metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT, lambda.MetricType.ERROR_COUNT] },
    provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2000 },
  }));
}
{
  const stack = new cdk.Stack(app, 'Imported');
  const fn = testFunction(stack, 'Fn');
  const plain = dynamodb.Table.fromTableAttributes(stack, 'Plain', {
    tableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/plain',
    tableStreamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/plain/stream/2024-01-01T00:00:00.000',
  });
  const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/abcd');
  const keyed = dynamodb.Table.fromTableAttributes(stack, 'Keyed', {
    tableName: 'keyed',
    tableStreamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/keyed/stream/2024-01-01T00:00:00.000',
    encryptionKey: key,
  });
  fn.addEventSource(new sources.DynamoEventSource(plain, { startingPosition: TRIM_HORIZON }));
  fn.addEventSource(new sources.DynamoEventSource(keyed, { startingPosition: LATEST, batchSize: 10 }));
}
{
  const { stack, fn, table } = given('TwoTables');
  const other = new dynamodb.Table(stack, 'T2', { partitionKey, stream: dynamodb.StreamViewType.KEYS_ONLY });
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: LATEST }));
  fn.addEventSource(new sources.DynamoEventSource(other, { startingPosition: TRIM_HORIZON }));
}
{
  const stack = new cdk.Stack(app, 'TableV2');
  const fn = testFunction(stack, 'Fn');
  const table = new dynamodb.TableV2(stack, 'T', { partitionKey, dynamoStream: dynamodb.StreamViewType.OLD_IMAGE });
  const queue = new sqs.Queue(stack, 'Queue');
  fn.addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: LATEST, onFailure: new sources.SqsDlq(queue), retryAttempts: 3, bisectBatchOnError: true,
  }));
}
{
  const producer = new cdk.Stack(app, 'CrossStackTable');
  const table = new dynamodb.Table(producer, 'T', { partitionKey, stream: dynamodb.StreamViewType.KEYS_ONLY });
  const stack = new cdk.Stack(app, 'CrossStackFunction');
  testFunction(stack, 'Fn').addEventSource(new sources.DynamoEventSource(table, { startingPosition: LATEST, batchSize: 7 }));
}
{
  const stack = new cdk.Stack(app, 'ImportedTableV2', { env: { account: '123456789012', region: 'us-east-1' } });
  const table = dynamodb.TableV2.fromTableAttributes(stack, 'T', {
    tableName: 'v2', tableStreamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/v2/stream/2024-01-01T00:00:00.000',
  });
  testFunction(stack, 'Fn').addEventSource(new sources.DynamoEventSource(table, { startingPosition: TRIM_HORIZON }));
}
{
  const stack = new cdk.Stack(app, 'AwsManagedS3OnFailure');
  const table = new dynamodb.Table(stack, 'T', {
    partitionKey: { name: 'id', type: dynamodb.AttributeType.NUMBER },
    sortKey: { name: 's', type: dynamodb.AttributeType.BINARY },
    stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    encryption: dynamodb.TableEncryption.AWS_MANAGED,
  });
  const bucket = new s3.Bucket(stack, 'B', { encryption: s3.BucketEncryption.KMS });
  testFunction(stack, 'Fn').addEventSource(new sources.DynamoEventSource(table, {
    startingPosition: TRIM_HORIZON, onFailure: new sources.S3OnFailureDestination(bucket),
  }));
}

app.synth();

// Conformance case 'event-sources-kafka-msk-tests': aws-cdk's kafka.test.ts, the ManagedKafkaEventSource
// tests that synthesize a template and that no other case ports, each as its own stack (the tests'
// `new cdk.Stack()`, here named)
// Ported from aws-cdk: kafka.test.ts 'msk' 'default', 'with filters', 'adding filter criteria encryption',
// 'adding filter criteria encryption with stack key', 'with s3 onfailure destination', 'with provisioned
// pollers', 'Setting startingPositionTimestamp for kafka event source'; 'self-managed kafka'
// 'ManagedKafkaEventSource name conforms to construct id rules', 'with provisioned pollers'
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
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
const given = (name) => {
  const stack = new cdk.Stack(app, name);
  return { stack, fn: testFunction(stack, 'Fn') };
};
const clusterArn = 'some-arn';
const kafkaTopic = 'some-topic';
const TRIM_HORIZON = lambda.StartingPosition.TRIM_HORIZON;
const filters = () => [
  lambda.FilterCriteria.filter({
    orFilter: lambda.FilterRule.or('one', 'two'),
    stringEquals: lambda.FilterRule.isEqual('test'),
  }),
  lambda.FilterCriteria.filter({ numericEquals: lambda.FilterRule.isEqual(1) }),
];

{
  const { fn } = given('Default');
  fn.addEventSource(new sources.ManagedKafkaEventSource({ clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON }));
}
{
  const { fn } = given('WithFilters');
  fn.addEventSource(new sources.ManagedKafkaEventSource({ clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, filters: filters() }));
}
{
  const { stack, fn } = given('FilterEncryption');
  const myKey = kms.Key.fromKeyArn(stack, 'SourceBucketEncryptionKey', 'arn:aws:kms:us-east-1:123456789012:key/<key-id>');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, filters: filters(), filterEncryption: myKey,
  }));
}
{
  const { stack, fn } = given('FilterEncryptionStackKey');
  const myKey = new kms.Key(stack, 'fc-test-key-name', {
    removalPolicy: cdk.RemovalPolicy.DESTROY,
    pendingWindow: cdk.Duration.days(7),
    description: 'KMS key for test fc encryption',
  });
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, filters: filters(), filterEncryption: myKey,
  }));
}
{
  const { stack, fn } = given('S3OnFailure');
  const bucket = s3.Bucket.fromBucketName(stack, 'BucketByName', 'my-bucket');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, onFailure: new sources.S3OnFailureDestination(bucket),
  }));
}
{
  const { stack, fn } = given('ProvisionedPollersS3');
  const bucket = s3.Bucket.fromBucketName(stack, 'BucketByName', 'my-bucket');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn,
    topic: kafkaTopic,
    startingPosition: TRIM_HORIZON,
    onFailure: new sources.S3OnFailureDestination(bucket),
    provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
  }));
}
{
  const { fn } = given('AtTimestamp');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1640995200,
  }));
}
{
  const { stack, fn } = given('MappingIdAndArn');
  const mskEventMapping = new sources.ManagedKafkaEventSource({ clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON });
  fn.addEventSource(mskEventMapping);
  new cdk.CfnOutput(stack, 'MappingId', { value: mskEventMapping.eventSourceMappingId });
  new cdk.CfnOutput(stack, 'MappingArn', { value: mskEventMapping.eventSourceMappingArn });
}
{
  const { stack, fn } = given('ProvisionedPollers');
  const mskEventMapping = new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
  });
  fn.addEventSource(mskEventMapping);
  new cdk.CfnOutput(stack, 'MappingId', { value: mskEventMapping.eventSourceMappingId });
  new cdk.CfnOutput(stack, 'MappingArn', { value: mskEventMapping.eventSourceMappingArn });
}

app.synth();

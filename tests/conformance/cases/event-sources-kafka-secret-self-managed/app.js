// Conformance case 'event-sources-kafka-secret-self-managed': SelfManagedKafkaEventSource reached over
// the internet with a secret: the mapping (its id an MD5 of the bootstrap servers), SelfManagedEventSource,
// SASL_SCRAM_512_AUTH, the secret's grantRead; with filters, a filter encryption key, a consumer group,
// an S3 on-failure destination, AT_TIMESTAMP, a keyed secret, and token bootstrap servers
// Ported from aws-cdk: kafka.test.ts 'self-managed kafka' 'default', 'with filters', 'adding filter criteria
// encryption', 'with s3 onFailure Destination', 'consumerGroupId can be set for SelfManagedKafkaEventSource',
// 'Setting startingPositionTimestamp for kafka event source'
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const secret = new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });
const bootstrapServers = ['kafka-broker:9092'];
fn.addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers,
  topic: 'some-topic',
  secret,
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
}));
const filterKey = kms.Key.fromKeyArn(stack, 'SourceBucketEncryptionKey', 'arn:aws:kms:us-east-1:123456789012:key/<key-id>');
fn.addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers,
  topic: 'filtered-topic',
  secret,
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  filters: [
    lambda.FilterCriteria.filter({
      orFilter: lambda.FilterRule.or('one', 'two'),
      stringEquals: lambda.FilterRule.isEqual('test'),
    }),
    lambda.FilterCriteria.filter({ numericEquals: lambda.FilterRule.isEqual(1) }),
  ],
  filterEncryption: filterKey,
  consumerGroupId: 'my-consumer-group-id',
}));
const fn2 = new lambda.Function(stack, 'Fn2', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 2;'),
});
const key = new kms.Key(stack, 'Key');
const keyed = new sm.Secret(stack, 'KeyedSecret', { encryptionKey: key });
fn2.addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers: ['b-1.example.com:9096', 'b-2.example.com:9096'],
  topic: 'orders',
  secret: keyed,
  authenticationMethod: eventsources.AuthenticationMethod.BASIC_AUTH,
  startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
  startingPositionTimestamp: 1640995200,
  onFailure: new eventsources.S3OnFailureDestination(s3.Bucket.fromBucketName(stack, 'BucketByName', 'my-bucket')),
  batchSize: 10,
  maxBatchingWindow: cdk.Duration.seconds(5),
  enabled: false,
  provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
  metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
  logLevel: lambda.EventSourceMappingLogLevel.WARN,
}));
// bootstrap servers known at deploy time: the id hashes their resolved JSON
const broker = new cdk.CfnParameter(stack, 'Broker', { type: 'String' });
fn2.addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers: [broker.valueAsString, `${cdk.Aws.STACK_NAME}.example.com:9092`],
  topic: 'audit',
  secret: sm.Secret.fromSecretNameV2(stack, 'ByName', 'shared-kafka'),
  authenticationMethod: eventsources.AuthenticationMethod.SASL_SCRAM_256_AUTH,
  startingPosition: lambda.StartingPosition.LATEST,
}));

app.synth();

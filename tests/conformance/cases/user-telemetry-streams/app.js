// Conformance case 'user-telemetry-streams': an app as a CDK user writes it: IoT telemetry in an
// on-demand Kinesis stream encrypted with a key of the team's (two days of retention, shard
// metrics). An aggregator reads it in tumbling windows from a point in time, only thermostat
// readings in a temperature band, splitting failed batches and reporting item failures, failed
// records to an S3 bucket, with event-count metrics; a dashboard function reads through an
// enhanced fan-out consumer with parallelization; a device registry table's stream (new images)
// feeds a sync function (inserts and modifications only, failures to an SNS topic, batch item
// failures) and, disabled for now, a backfill function; outputs.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TelemetryStreams');

const key = new kms.Key(stack, 'TelemetryKey', {
  description: 'telemetry stream encryption',
  enableKeyRotation: true,
  alias: 'telemetry',
});
const telemetry = new kinesis.Stream(stack, 'Telemetry', {
  streamMode: kinesis.StreamMode.ON_DEMAND,
  encryption: kinesis.StreamEncryption.KMS,
  encryptionKey: key,
  retentionPeriod: cdk.Duration.hours(48),
  shardLevelMetrics: [kinesis.ShardLevelMetrics.INCOMING_RECORDS, kinesis.ShardLevelMetrics.ITERATOR_AGE_MILLISECONDS],
});

const failedRecords = new s3.Bucket(stack, 'FailedRecords', {
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
const syncFailures = new sns.Topic(stack, 'SyncFailures');

const code = lambda.Code.fromAsset(path.join(__dirname, 'src'));

const aggregator = new lambda.Function(stack, 'Aggregator', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'handlers.aggregate',
  code,
  timeout: cdk.Duration.minutes(1),
  memorySize: 512,
});
aggregator.addEventSource(new sources.KinesisEventSource(telemetry, {
  startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
  startingPositionTimestamp: 1735689600,
  batchSize: 1000,
  maxBatchingWindow: cdk.Duration.seconds(10),
  tumblingWindow: cdk.Duration.minutes(5),
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  retryAttempts: 5,
  maxRecordAge: cdk.Duration.hours(2),
  onFailure: new sources.S3OnFailureDestination(failedRecords),
  metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
  filters: [
    lambda.FilterCriteria.filter({
      data: {
        deviceType: lambda.FilterRule.isEqual('thermostat'),
        temperature: lambda.FilterRule.between(-40, 85),
      },
    }),
  ],
}));

const dashboardConsumer = new kinesis.StreamConsumer(stack, 'DashboardConsumer', {
  stream: telemetry,
  streamConsumerName: 'live-dashboard',
});
const dashboard = new lambda.Function(stack, 'Dashboard', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'handlers.dashboard',
  code,
});
dashboard.addEventSource(new sources.KinesisConsumerEventSource(dashboardConsumer, {
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 200,
  parallelizationFactor: 4,
  retryAttempts: 0,
}));

const registry = new dynamodb.Table(stack, 'DeviceRegistry', {
  partitionKey: { name: 'deviceId', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  stream: dynamodb.StreamViewType.NEW_IMAGE,
  timeToLiveAttribute: 'expiresAt',
});
const registrySync = new lambda.Function(stack, 'RegistrySync', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'handlers.registry_sync',
  code,
  environment: { STREAM_NAME: telemetry.streamName },
});
registrySync.addEventSource(new sources.DynamoEventSource(registry, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 25,
  reportBatchItemFailures: true,
  retryAttempts: 10,
  maxRecordAge: cdk.Duration.days(1),
  onFailure: new sources.SnsDlq(syncFailures),
  filters: [
    lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.or('INSERT', 'MODIFY') }),
    lambda.FilterCriteria.filter({
      dynamodb: { NewImage: { status: { S: lambda.FilterRule.notEquals('retired') } } },
    }),
  ],
}));
telemetry.grantWrite(registrySync);

const backfill = new lambda.Function(stack, 'RegistryBackfill', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'handlers.registry_sync',
  code,
  timeout: cdk.Duration.minutes(15),
});
backfill.addEventSource(new sources.DynamoEventSource(registry, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  enabled: false,
  batchSize: 1000,
  maxBatchingWindow: cdk.Duration.minutes(1),
}));

new cdk.CfnOutput(stack, 'StreamName', { value: telemetry.streamName });
new cdk.CfnOutput(stack, 'ConsumerArn', { value: dashboardConsumer.streamConsumerArn });
app.synth();

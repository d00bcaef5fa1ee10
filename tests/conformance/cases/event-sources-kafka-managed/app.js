// Conformance case 'event-sources-kafka-managed': ManagedKafkaEventSource (an MSK cluster) without a
// secret: the mapping, the kafka:* statement, the AWSLambdaMSKExecutionRole policy, an S3 on-failure destination
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const failures = new s3.Bucket(stack, 'Failures');
const clusterArn = 'arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/11111111-1111-1111-1111-111111111111-1';
const source = new eventsources.ManagedKafkaEventSource({
  clusterArn,
  topic: 'orders',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  consumerGroupId: 'orders-group',
  onFailure: new eventsources.S3OnFailureDestination(failures),
  metricsConfig: { metrics: [lambda.MetricType.KAFKA_METRICS, lambda.MetricType.EVENT_COUNT] },
  logLevel: lambda.EventSourceMappingLogLevel.INFO,
  maxBatchingWindow: cdk.Duration.seconds(20),
  bisectBatchOnError: true,
  retryAttempts: 3,
  reportBatchItemFailures: true,
  maxRecordAge: cdk.Duration.hours(1),
  provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
  filters: [lambda.FilterCriteria.filter({ value: { ok: lambda.FilterRule.isEqual(true) } })],
});
fn.addEventSource(source);
// a second source on the first function: its AWSLambdaMSKExecutionRole is another token for the
// same ARN, which the role's UniqueStringSet writes once
fn.addEventSource(new eventsources.ManagedKafkaEventSource({
  clusterArn,
  topic: 'returns',
  startingPosition: lambda.StartingPosition.LATEST,
}));
// and a second function
const fn2 = new lambda.Function(stack, 'Other', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
fn2.addEventSource(new eventsources.ManagedKafkaEventSource({
  clusterArn,
  topic: 'audit',
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 500,
  enabled: false,
}));
new cdk.CfnOutput(stack, 'MappingId', { value: source.eventSourceMappingId });
new cdk.CfnOutput(stack, 'MappingArn', { value: source.eventSourceMappingArn });

app.synth();

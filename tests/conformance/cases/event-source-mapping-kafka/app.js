// Conformance case 'event-source-mapping-kafka': EventSourceMapping's Kafka props (bootstrap servers,
// consumer group, source access configurations), logLevel, fromEventSourceMappingId, FilterRule.isEqual(boolean)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const queue = new sqs.Queue(stack, 'Queue');
// a self-managed cluster: SelfManagedEventSource and SelfManagedKafkaEventSourceConfig
new lambda.EventSourceMapping(stack, 'SelfManaged', {
  target: fn,
  kafkaBootstrapServers: ['kafka-broker-1:9092', 'kafka-broker-2:9092'],
  kafkaTopic: 'orders',
  kafkaConsumerGroupId: 'my-group/a*b:c_d+e=f.g@h-i',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  sourceAccessConfigurations: [
    { type: lambda.SourceAccessConfigurationType.SASL_SCRAM_512_AUTH, uri: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka' },
    { type: lambda.SourceAccessConfigurationType.VPC_SECURITY_GROUP, uri: 'sg-12345' },
    { type: lambda.SourceAccessConfigurationType.of('CUSTOM_TYPE'), uri: queue.queueArn },
  ],
  supportS3OnFailureDestination: true,
  logLevel: lambda.EventSourceMappingLogLevel.DEBUG,
  metricsConfig: { metrics: [lambda.MetricType.KAFKA_METRICS] },
});
// an MSK cluster: AmazonManagedKafkaEventSourceConfig
fn.addEventSourceMapping('Managed', {
  eventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/abc',
  kafkaTopic: 'events',
  kafkaConsumerGroupId: 'group-1',
  startingPosition: lambda.StartingPosition.LATEST,
  sourceAccessConfigurations: [],
  logLevel: lambda.EventSourceMappingLogLevel.WARN,
  filters: [lambda.FilterCriteria.filter({ value: { on: lambda.FilterRule.isEqual(true), off: lambda.FilterRule.isEqual(false) } })],
});
// an empty consumer group is falsy: no Kafka config at all
fn.addEventSourceMapping('EmptyGroup', {
  eventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/other/def',
  kafkaTopic: 'other',
  kafkaConsumerGroupId: '',
  startingPosition: lambda.StartingPosition.LATEST,
  logLevel: lambda.EventSourceMappingLogLevel.INFO,
});
const imported = lambda.EventSourceMapping.fromEventSourceMappingId(stack, 'Imported', '14e0db71-abcd-4eb5-b481-8945cf9d10c2');
new cdk.CfnOutput(stack, 'ImportedId', { value: imported.eventSourceMappingId });
new cdk.CfnOutput(stack, 'ImportedArn', { value: imported.eventSourceMappingArn });

app.synth();

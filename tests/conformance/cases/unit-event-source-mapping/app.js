// Conformance case 'unit-event-source-mapping': aws-cdk's event-source-mapping.test.ts (aws-lambda),
// each test that synthesizes, as its own stack (the tests' `new cdk.Stack()`, here named)
// Ported from aws-cdk: event-source-mapping.test.ts 'verify that alias.addEventSourceMapping produces
// stable ids', 'does not throw if maxConcurrency is a token', 'maxConcurrency appears in stack', 'throws
// if retryAttempts is negative' (-1 means infinite retries in aws-cdk-lib 2.276: no error), 'accepts if
// retryAttempts is a token', 'accepts if parallelizationFactor is a token', 'accepts if tumblingWindow is a token', 'import event source
// mapping', 'accepts if kafkaTopic is a parameter', 'not throws if kafkaConsumerGroupId is empty / is
// token / is valid for amazon managed kafka / for self managed kafka', 'eventSourceArn appears in
// stack', 'filter with one pattern', 'filter with more than one pattern', 'adding filter criteria
// encryption', 'kafkaBootstrapServers appears in stack', 'transforms reportBatchItemFailures into
// functionResponseTypes with ReportBatchItemFailures', 'transforms missing reportBatchItemFailures
// into absent FunctionResponseTypes', 'transforms reportBatchItemFailures false into absent
// FunctionResponseTypes', 'AT_TIMESTAMP starting position', 'adding metrics config' (both),
// 'provisioned pollers is set'
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
// the tests' beforeEach: a stack with the function 'fn'
const given = (name, props) => {
  const stack = new cdk.Stack(app, name, props);
  const fn = new lambda.Function(stack, 'fn', {
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
    runtime: lambda.Runtime.NODEJS_LATEST,
  });
  return { stack, fn };
};
const MSK = 'arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2';
const topicParam = (stack) => new cdk.CfnParameter(stack, 'TopicNameParam', { type: 'String' }).valueAsString;

{
  const { stack, fn } = given('StableIds');
  const alias = new lambda.Alias(stack, 'LiveAlias', { aliasName: 'Live', version: fn.currentVersion });
  alias.addEventSourceMapping('MyMapping', { eventSourceArn: 'asfd' });
}
{
  const { stack, fn } = given('MaxConcurrencyToken');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', maxConcurrency: cdk.Token.asNumber({ Ref: 'abc' }) });
}
{
  const { stack, fn } = given('MaxConcurrencyInStack');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', maxConcurrency: 2 });
}
{
  const { stack, fn } = given('RetryAttemptsInfinite');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', retryAttempts: -1 });
}
{
  const { stack, fn } = given('RetryAttemptsToken');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', retryAttempts: cdk.Lazy.number({ produce: () => 100 }) });
}
{
  const { stack, fn } = given('ParallelizationFactorToken');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', parallelizationFactor: cdk.Lazy.number({ produce: () => 20 }) });
}
{
  const { stack, fn } = given('TumblingWindowToken');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', tumblingWindow: cdk.Duration.seconds(cdk.Lazy.number({ produce: () => 60 })) });
}
{
  const stack2 = new cdk.Stack(app, 'ImportEventSourceMapping', { stackName: 'test-stack' });
  const imported = lambda.EventSourceMapping.fromEventSourceMappingId(stack2, 'imported', '14e0db71-5d35-4eb5-b481-8945cf9d10c2');
  new cdk.CfnOutput(stack2, 'Id', { value: imported.eventSourceMappingId });
  new cdk.CfnOutput(stack2, 'Arn', { value: imported.eventSourceMappingArn });
  new cdk.CfnOutput(stack2, 'StackName', { value: imported.stack.stackName });
}
{
  const { stack, fn } = given('KafkaTopicParameter');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', kafkaTopic: topicParam(stack) });
}
{
  const { stack, fn } = given('ConsumerGroupIdEmpty');
  new lambda.EventSourceMapping(stack, 'test', { eventSourceArn: MSK, kafkaConsumerGroupId: '', target: fn });
}
{
  const { stack, fn } = given('ConsumerGroupIdToken');
  new lambda.EventSourceMapping(stack, 'test', { eventSourceArn: MSK, kafkaConsumerGroupId: cdk.Lazy.string({ produce: () => 'test' }), target: fn });
}
{
  const { stack, fn } = given('ConsumerGroupIdManagedKafka');
  new lambda.EventSourceMapping(stack, 'test', { eventSourceArn: MSK, kafkaConsumerGroupId: 'someValidConsumerGroupId', target: fn });
}
{
  const { stack, fn } = given('ConsumerGroupIdSelfManagedKafka');
  new lambda.EventSourceMapping(stack, 'test', {
    kafkaBootstrapServers: ['kafka-broker-1:9092', 'kafka-broker-2:9092'], kafkaConsumerGroupId: 'someValidConsumerGroupId', target: fn,
  });
}
{
  const { stack, fn } = given('EventSourceArnInStack');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: 'some-arn', kafkaTopic: topicParam(stack) });
}
{
  const { stack, fn } = given('FilterOnePattern');
  new lambda.EventSourceMapping(stack, 'test', {
    target: fn, eventSourceArn: 'some-arn', kafkaTopic: topicParam(stack),
    filters: [lambda.FilterCriteria.filter({ numericEquals: lambda.FilterRule.isEqual(1) })],
  });
}
const twoFilters = () => [
  lambda.FilterCriteria.filter({ orFilter: lambda.FilterRule.or('one', 'two'), stringEquals: lambda.FilterRule.isEqual('test') }),
  lambda.FilterCriteria.filter({ numericEquals: lambda.FilterRule.isEqual(1) }),
];
{
  const { stack, fn } = given('FilterTwoPatterns');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: 'some-arn', kafkaTopic: topicParam(stack), filters: twoFilters() });
}
{
  const { stack, fn } = given('FilterEncryption');
  const param = topicParam(stack);
  const myKey = kms.Key.fromKeyArn(stack, 'SourceBucketEncryptionKey', 'arn:aws:kms:us-east-1:123456789012:key/<key-id>');
  new lambda.EventSourceMapping(stack, 'test', {
    target: fn, eventSourceArn: 'some-arn', kafkaTopic: param, filters: twoFilters(), filterEncryption: myKey,
  });
}
{
  const { stack, fn } = given('KafkaBootstrapServers');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, kafkaBootstrapServers: ['kafka-broker.example.com:9092'], kafkaTopic: topicParam(stack) });
}
{
  const { stack, fn } = given('ReportBatchItemFailures');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', reportBatchItemFailures: true });
}
{
  const { stack, fn } = given('ReportBatchItemFailuresMissing');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '' });
}
{
  const { stack, fn } = given('ReportBatchItemFailuresFalse');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', reportBatchItemFailures: false });
}
const atTimestamp = { startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1640995200 };
{
  const { stack, fn } = given('AtTimestamp');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', ...atTimestamp });
}
{
  const { stack, fn } = given('MetricsConfigEmpty');
  new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', ...atTimestamp, metricsConfig: { metrics: [] } });
}
{
  const { stack, fn } = given('MetricsConfigEventCount');
  new lambda.EventSourceMapping(stack, 'test', {
    target: fn, eventSourceArn: '', ...atTimestamp, metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
  });
}
{
  const { stack, fn } = given('ProvisionedPollers');
  new lambda.EventSourceMapping(stack, 'test', {
    target: fn, eventSourceArn: '', ...atTimestamp, provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
  });
}

app.synth();

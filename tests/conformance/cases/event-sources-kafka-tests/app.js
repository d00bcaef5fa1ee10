// Conformance case 'event-sources-kafka-tests': aws-cdk's kafka.test.ts (the newest, 117 kB one) and
// kafka-dlq.test.ts, the tests that synthesize a template and that the other Kafka cases do not port,
// each as its own stack (the tests' `new cdk.Stack()`, here named)
// Ported from aws-cdk: kafka.test.ts 'msk' 'default' and 'with secret' with
// @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy enabled and disabled (the flag set on the
// stack), 'Setting error handling properties', 'MetricsConfig validation - valid metrics array';
// 'self-managed kafka' 'with s3 onFailure Destination', 'consumerGroupId can be set for
// SelfManagedKafkaEventSource', 'consumerGroupId can be set for ManagedKafkaEventSource'; 'backwards
// compatibility' (all but 'multiple destination types'); 'KafkaDlq CloudFormation Template Generation'
// (all five, parallelizationFactor passed `as any` as the tests do); 'template synthesis with various
// configurations' (all six) and its 'LogLevel' (all three that synthesize); kafka-dlq.test.ts's bind
// tests (the destinations, here in a template)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sm = require('aws-cdk-lib/aws-secretsmanager');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

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
const realClusterArn = 'arn:aws:kafka:us-east-1:123456789012:cluster/test-cluster';
const kafkaTopic = 'some-topic';
const bootstrapServers = ['kafka-broker:9092'];
const TRIM_HORIZON = lambda.StartingPosition.TRIM_HORIZON;
const LATEST = lambda.StartingPosition.LATEST;
const FLAG = '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy';
const kafkaSecret = (stack, id = 'Secret', secretName = 'AmazonMSK_KafkaSecret') => new sm.Secret(stack, id, { secretName });
const myBucket = (stack) => s3.Bucket.fromBucketName(stack, 'BucketByName', 'my-bucket');
// without Custom::VpcRestrictDefaultSG under the init flags (ccdk's handler code is its own)
const testVpc = (stack, id) => new ec2.Vpc(stack, id, { restrictDefaultSecurityGroup: false });
const privateSubnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
const stringEquals = (value) => [lambda.FilterCriteria.filter({ stringEquals: lambda.FilterRule.isEqual(value) })];

// 'msk' 'default' / 'with secret', the flag enabled and disabled
for (const [name, flag, withSecret] of [['MskDefaultNewPolicies', true, false], ['MskDefaultOldPolicies', false, false],
  ['MskSecretNewPolicies', true, true], ['MskSecretOldPolicies', false, true]]) {
  const stack = new cdk.Stack(app, name);
  stack.node.setContext(FLAG, flag);
  const fn = testFunction(stack, 'Fn');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, ...(withSecret ? { secret: kafkaSecret(stack) } : {}),
  }));
}
{
  const { stack, fn } = given('MskErrorHandling');
  new sources.S3OnFailureDestination(myBucket(stack));
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn,
    topic: kafkaTopic,
    startingPosition: TRIM_HORIZON,
    provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
    bisectBatchOnError: true,
    retryAttempts: 5,
    reportBatchItemFailures: true,
    maxRecordAge: cdk.Duration.hours(1),
  }));
}
{
  const { fn } = given('MskMetrics');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
  }));
}
{
  const { stack, fn } = given('SmkS3OnFailure');
  const s3OnFailureDestination = new sources.S3OnFailureDestination(myBucket(stack));
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers, topic: kafkaTopic, secret: kafkaSecret(stack), startingPosition: TRIM_HORIZON,
    onFailure: s3OnFailureDestination,
  }));
}
{
  const { stack, fn } = given('SmkConsumerGroup');
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers, topic: kafkaTopic, secret: kafkaSecret(stack), startingPosition: TRIM_HORIZON,
    consumerGroupId: 'my-consumer-group-id',
  }));
}
{
  const { stack, fn } = given('MskConsumerGroup');
  const mskEventMapping = new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, consumerGroupId: 'my-consumer-group-id',
  });
  fn.addEventSource(mskEventMapping);
  new cdk.CfnOutput(stack, 'MappingId', { value: mskEventMapping.eventSourceMappingId });
  new cdk.CfnOutput(stack, 'MappingArn', { value: mskEventMapping.eventSourceMappingArn });
}
// 'backwards compatibility'
{
  const { stack, fn } = given('SmkS3StillWorks');
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers, topic: kafkaTopic, secret: kafkaSecret(stack), startingPosition: TRIM_HORIZON,
    onFailure: new sources.S3OnFailureDestination(myBucket(stack)),
  }));
}
{
  const { stack, fn } = given('MskSnsStillWorks');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, onFailure: new sources.SnsDlq(new sns.Topic(stack, 'Topic')),
  }));
}
{
  const { stack, fn } = given('SmkSnsStillWorks');
  const secret = kafkaSecret(stack);
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers, topic: kafkaTopic, secret, startingPosition: TRIM_HORIZON,
    onFailure: new sources.SnsDlq(new sns.Topic(stack, 'Topic')),
  }));
}
{
  const { stack, fn } = given('MskSqsStillWorks');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, onFailure: new sources.SqsDlq(new sqs.Queue(stack, 'Queue')),
  }));
}
{
  const { stack, fn } = given('SmkSqsStillWorks');
  const secret = kafkaSecret(stack);
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers, topic: kafkaTopic, secret, startingPosition: TRIM_HORIZON,
    onFailure: new sources.SqsDlq(new sqs.Queue(stack, 'Queue')),
  }));
}
{
  const { stack, fn } = given('AllDestinationTypes');
  const s3OnFailureDestination = new sources.S3OnFailureDestination(myBucket(stack));
  const snsDlq = new sources.SnsDlq(new sns.Topic(stack, 'Topic'));
  const sqsDlq = new sources.SqsDlq(new sqs.Queue(stack, 'Queue'));
  const kafkaDlq = new sources.KafkaDlq('failure-topic');
  for (const [topic, onFailure] of [['topic-with-s3', s3OnFailureDestination], ['topic-with-sns', snsDlq],
    ['topic-with-sqs', sqsDlq], ['topic-with-kafka', kafkaDlq]]) {
    fn.addEventSource(new sources.ManagedKafkaEventSource({ clusterArn, topic, startingPosition: TRIM_HORIZON, onFailure }));
  }
}
{
  // 'no breaking changes to existing API surface': sources made, never bound
  const stack = new cdk.Stack(app, 'NoBreakingChanges');
  testFunction(stack, 'Fn');
  const s3OnFailureDestination = new sources.S3OnFailureDestination(myBucket(stack));
  const snsDlq = new sources.SnsDlq(new sns.Topic(stack, 'Topic'));
  const sqsDlq = new sources.SqsDlq(new sqs.Queue(stack, 'Queue'));
  for (const onFailure of [s3OnFailureDestination, snsDlq, sqsDlq]) {
    new sources.ManagedKafkaEventSource({ clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, onFailure });
  }
  for (const [id, onFailure] of [['Secret', s3OnFailureDestination], ['Secret2', snsDlq], ['Secret3', sqsDlq]]) {
    new sources.SelfManagedKafkaEventSource({
      bootstrapServers, topic: kafkaTopic, startingPosition: TRIM_HORIZON, onFailure,
      secret: kafkaSecret(stack, id, id === 'Secret' ? 'AmazonMSK_KafkaSecret' : `AmazonMSK_Kafka${id}`),
    });
  }
}
// 'KafkaDlq CloudFormation Template Generation'
{
  const { fn } = given('DlqMskMapping');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: realClusterArn, topic: 'test-topic', startingPosition: LATEST, onFailure: new sources.KafkaDlq('failure-topic'),
  }));
}
{
  const { stack, fn } = given('DlqSmkMapping');
  const vpc = testVpc(stack, 'TestVpc');
  const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'TestSG', 'sg-12345');
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers, topic: 'test-topic', startingPosition: LATEST, onFailure: new sources.KafkaDlq('failure-topic'),
    vpc, vpcSubnets: privateSubnets, securityGroup: sg,
  }));
}
{
  const { fn } = given('DlqPrefixPreserved');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: realClusterArn, topic: 'test-topic', startingPosition: LATEST,
    onFailure: new sources.KafkaDlq('kafka://explicit-failure-topic'),
  }));
}
{
  const { fn } = given('DlqStructure');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: realClusterArn, topic: 'test-topic', startingPosition: LATEST, onFailure: new sources.KafkaDlq('failure-topic'),
    batchSize: 50, maxBatchingWindow: cdk.Duration.seconds(5),
  }));
}
{
  const { fn } = given('DlqAlongside');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: realClusterArn,
    topic: 'test-topic',
    startingPosition: TRIM_HORIZON,
    onFailure: new sources.KafkaDlq('failure-topic'),
    batchSize: 100,
    maxBatchingWindow: cdk.Duration.seconds(10),
    parallelizationFactor: 2, // not in the props' type: the test passes it `as any`
    filters: stringEquals('test'),
  }));
}
// 'template synthesis with various configurations'
for (const [name, topic] of [['SynthSimpleTopic', 'simple-topic-name'], ['SynthPrefixedTopic', 'kafka://prefixed-topic-name'],
  ['SynthNoSyntaxErrors', 'failure-topic']]) {
  const { fn } = given(name);
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: realClusterArn, topic: 'test-topic', startingPosition: LATEST, onFailure: new sources.KafkaDlq(topic),
  }));
}
{
  const stack = new cdk.Stack(app, 'SynthComplexTopics');
  testFunction(stack, 'Fn');
  ['app.errors.v1', 'app_errors_v1', 'app-errors-v1', 'MyApp123', 'kafka://pre.fixed_topic'].forEach((topicName, index) => {
    const kafkaDlq = new sources.KafkaDlq(topicName);
    testFunction(stack, `Fn${index}`).addEventSource(new sources.ManagedKafkaEventSource({
      clusterArn: realClusterArn, topic: 'test-topic', startingPosition: LATEST, onFailure: kafkaDlq,
    }));
  });
}
{
  const { stack, fn } = given('SynthCompatibility');
  const secret = kafkaSecret(stack, 'Secret', 'KafkaSecret');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn: realClusterArn,
    topic: 'test-topic',
    startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
    startingPositionTimestamp: 1640995200,
    onFailure: new sources.KafkaDlq('failure-topic'),
    batchSize: 200,
    maxBatchingWindow: cdk.Duration.seconds(15),
    parallelizationFactor: 5, // `as any` in the test
    secret,
    filters: [lambda.FilterCriteria.filter({
      stringEquals: lambda.FilterRule.isEqual('important'),
      numericEquals: lambda.FilterRule.isEqual(42),
    })],
  }));
}
{
  const { stack, fn } = given('SynthSmkVarious');
  const kafkaDlq = new sources.KafkaDlq('self-managed-failure-topic');
  const secret = kafkaSecret(stack, 'Secret', 'SelfManagedKafkaSecret');
  const vpc = testVpc(stack, 'TestVpc');
  const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'TestSG', 'sg-12345');
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers: ['broker1:9092', 'broker2:9092'],
    topic: 'test-topic',
    startingPosition: LATEST,
    onFailure: kafkaDlq,
    batchSize: 150,
    maxBatchingWindow: cdk.Duration.seconds(20),
    secret,
    vpc,
    vpcSubnets: privateSubnets,
    securityGroup: sg,
    filters: stringEquals('processed'),
  }));
}
// 'LogLevel'
{
  const { fn } = given('LogLevelInfo');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, logLevel: lambda.EventSourceMappingLogLevel.INFO,
  }));
}
{
  const { stack, fn } = given('MetricsWithOtherOptions');
  const secret = kafkaSecret(stack);
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn,
    topic: kafkaTopic,
    secret,
    startingPosition: TRIM_HORIZON,
    batchSize: 50,
    maxBatchingWindow: cdk.Duration.seconds(5),
    metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT, lambda.MetricType.KAFKA_METRICS] },
    filters: stringEquals('test'),
  }));
}
{
  const { fn } = given('MetricsOptional');
  fn.addEventSource(new sources.ManagedKafkaEventSource({ clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON }));
}
// kafka-dlq.test.ts: the destination each KafkaDlq binds to
{
  const { fn } = given('KafkaDlqBind');
  ['my-topic', 'kafka://my-topic', 'test-topic', 'kafka://existing-prefix-topic', 'my.complex_topic-name',
    'valid-topic', 'valid_topic', 'valid.topic', 'ValidTopic123'].forEach((topicName, index) => {
    fn.addEventSource(new sources.ManagedKafkaEventSource({
      clusterArn, topic: `topic-${index}`, startingPosition: TRIM_HORIZON, onFailure: new sources.KafkaDlq(topicName),
    }));
  });
}

app.synth();

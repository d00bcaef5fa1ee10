// Conformance case 'event-sources-kafka-dlq-tests': aws-cdk's kafka.test.ts (the newer one, with
// KafkaDlq) and kafka-dlq.test.ts, the tests that synthesize a template and that no other case ports,
// each as its own stack (the tests' `new cdk.Stack()`, here named)
// Ported from aws-cdk: kafka.test.ts 'KafkaDlq integration' (all six), 'backwards compatibility' 'multiple
// destination types can be used in same stack', 'PollerGroupName tests' (both), 'SelfManagedKafkaEventSource
// inherits error handling properties correctly', 'MetricsConfig validation - valid metrics array';
// kafka-dlq.test.ts 'appends token as is without validation or prefix' (here in a template)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sm = require('aws-cdk-lib/aws-secretsmanager');

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
const bootstrapServers = ['kafka-broker:9092'];
const TRIM_HORIZON = lambda.StartingPosition.TRIM_HORIZON;
const kafkaSecret = (stack) => new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });

for (const [name, topic] of [['MskDlq', 'failure-topic'], ['MskDlqPrefixed', 'kafka://failure-topic'], ['MskDlqComplex', 'my.complex_failure-topic']]) {
  const { fn } = given(name);
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, onFailure: new sources.KafkaDlq(topic),
  }));
}
for (const [name, topic] of [['SmkDlq', 'failure-topic'], ['SmkDlqPrefixed', 'kafka://failure-topic']]) {
  const { stack, fn } = given(name);
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers, topic: kafkaTopic, secret: kafkaSecret(stack), startingPosition: TRIM_HORIZON,
    onFailure: new sources.KafkaDlq(topic),
  }));
}
{
  const { stack, fn } = given('SmkDlqVpc');
  const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SecurityGroup', 'sg-0123456789');
  // without Custom::VpcRestrictDefaultSG under the init flags (ccdk's handler code is its own)
  const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers,
    topic: kafkaTopic,
    startingPosition: TRIM_HORIZON,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    securityGroup: sg,
    onFailure: new sources.KafkaDlq('failure-topic'),
  }));
}
{
  const stack = new cdk.Stack(app, 'MultipleDestinations');
  const fn1 = testFunction(stack, 'Fn1');
  const fn2 = testFunction(stack, 'Fn2');
  const bucket = s3.Bucket.fromBucketName(stack, 'BucketByName', 'my-bucket');
  fn1.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, onFailure: new sources.S3OnFailureDestination(bucket),
  }));
  fn2.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: 'another-topic', startingPosition: TRIM_HORIZON, onFailure: new sources.KafkaDlq('failure-topic'),
  }));
}
{
  const { stack, fn } = given('TokenDlq');
  new cdk.CfnParameter(stack, 'MyTopicParameter');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, onFailure: new sources.KafkaDlq(cdk.Fn.ref('MyTopicParameter')),
  }));
}
{
  const { fn } = given('MskPollerGroupName');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn,
    topic: kafkaTopic,
    startingPosition: TRIM_HORIZON,
    provisionedPollerConfig: { minimumPollers: 2, maximumPollers: 5, pollerGroupName: 'managed-kafka-group' },
  }));
}
{
  const { stack, fn } = given('SmkPollerGroupName');
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers,
    topic: kafkaTopic,
    secret: kafkaSecret(stack),
    startingPosition: TRIM_HORIZON,
    provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 4, pollerGroupName: 'self-managed-kafka-group' },
  }));
}
{
  const { stack, fn } = given('SmkErrorHandling');
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers,
    topic: kafkaTopic,
    secret: kafkaSecret(stack),
    startingPosition: TRIM_HORIZON,
    bisectBatchOnError: true,
    retryAttempts: 5,
    reportBatchItemFailures: true,
    maxRecordAge: cdk.Duration.hours(1),
  }));
}
{
  const { stack, fn } = given('SmkMetrics');
  fn.addEventSource(new sources.SelfManagedKafkaEventSource({
    bootstrapServers,
    secret: kafkaSecret(stack),
    topic: kafkaTopic,
    startingPosition: TRIM_HORIZON,
    metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT, lambda.MetricType.ERROR_COUNT] },
  }));
}

app.synth();

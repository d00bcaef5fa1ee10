// Conformance case 'event-sources-kafka-schema-registry-tests': aws-cdk's kafka.test.ts (the newer one),
// the tests of a Kafka source's schemaRegistryConfig (ConfluentSchemaRegistry, GlueSchemaRegistry by a
// glue.CfnRegistry and by ARN) that synthesize a template, each as its own stack (the tests'
// `new cdk.Stack()`, here named), and the same option on a lambda.EventSourceMapping of its own
// Ported from aws-cdk: kafka.test.ts 'msk' 'MSK with confluent kafka schema registry with secret', 'MSK with
// glue kafka schema registry', 'MSK with glue kafka schema registry arn', 'MSK with kafka schema registry and
// consumer group ID'; 'self-managed kafka' 'SMK with confluent kafka schema registry and secret', 'SMK with
// glue kafka schema registry', 'SMK with glue kafka schema registry arn', 'SMK with kafka schema registry
// and consumer group ID'
'use strict';
const cdk = require('aws-cdk-lib');
const glue = require('aws-cdk-lib/aws-glue');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
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
const provisionedPollerConfig = { minimumPollers: 1, maximumPollers: 3 };
const glueArn = 'arn:aws:glue:us-west-2:123456789012:registry/example';
const newSecret = (stack) => new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });
const confluent = (secret) => new sources.ConfluentSchemaRegistry({
  schemaRegistryUri: 'https://example.com',
  eventRecordFormat: lambda.EventRecordFormat.JSON,
  authenticationType: lambda.KafkaSchemaRegistryAccessConfigType.BASIC_AUTH,
  secret,
  schemaValidationConfigs: [{ attribute: lambda.KafkaSchemaValidationAttribute.KEY }],
});
const glueRegistry = (registry) => new sources.GlueSchemaRegistry({
  ...(typeof registry === 'string' ? { schemaRegistryArn: registry } : { schemaRegistry: registry }),
  eventRecordFormat: lambda.EventRecordFormat.JSON,
  schemaValidationConfigs: [{ attribute: lambda.KafkaSchemaValidationAttribute.KEY }],
});
const cfnRegistry = (stack, name) => new glue.CfnRegistry(stack, 'SchemaRegistry', {
  name,
  description: 'Schema registry for SMK integration tests',
});
const msk = (fn, props) => {
  const source = new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: TRIM_HORIZON, provisionedPollerConfig, ...props,
  });
  fn.addEventSource(source);
  return source;
};
const smk = (fn, secret, props) => fn.addEventSource(new sources.SelfManagedKafkaEventSource({
  bootstrapServers, topic: kafkaTopic, secret, startingPosition: TRIM_HORIZON, provisionedPollerConfig, ...props,
}));
const outputs = (stack, source) => {
  new cdk.CfnOutput(stack, 'MappingId', { value: source.eventSourceMappingId });
  new cdk.CfnOutput(stack, 'MappingArn', { value: source.eventSourceMappingArn });
};

{
  const { stack, fn } = given('MskConfluent');
  outputs(stack, msk(fn, { schemaRegistryConfig: confluent(newSecret(stack)) }));
}
{
  const { stack, fn } = given('MskGlue');
  const registry = cfnRegistry(stack, 'msk-test-schema-registry');
  outputs(stack, msk(fn, { schemaRegistryConfig: glueRegistry(registry) }));
}
{
  const { stack, fn } = given('MskGlueArn');
  outputs(stack, msk(fn, { schemaRegistryConfig: glueRegistry(glueArn) }));
}
{
  const { stack, fn } = given('MskConsumerGroup');
  const secret = newSecret(stack);
  outputs(stack, msk(fn, { consumerGroupId: 'my-consumer-group-id', schemaRegistryConfig: confluent(secret) }));
}
{
  const { stack, fn } = given('SmkConfluent');
  const secret = newSecret(stack);
  smk(fn, secret, { schemaRegistryConfig: confluent(secret) });
}
{
  const { stack, fn } = given('SmkGlue');
  const registry = cfnRegistry(stack, 'smk-test-schema-registry');
  smk(fn, newSecret(stack), { schemaRegistryConfig: glueRegistry(registry) });
}
{
  const { stack, fn } = given('SmkGlueArn');
  smk(fn, newSecret(stack), { schemaRegistryConfig: glueRegistry(glueArn) });
}
{
  const { stack, fn } = given('SmkConsumerGroup');
  const secret = newSecret(stack);
  smk(fn, secret, { consumerGroupId: 'my-consumer-group-id', schemaRegistryConfig: confluent(secret) });
}
{
  // EventSourceMappingOptions.schemaRegistryConfig: on a mapping of its own, and with a Version target
  const { stack, fn } = given('Mapping');
  const registry = cfnRegistry(stack, 'mapping-schema-registry');
  new lambda.EventSourceMapping(stack, 'Mapping', {
    target: fn,
    eventSourceArn: clusterArn,
    kafkaTopic,
    startingPosition: TRIM_HORIZON,
    schemaRegistryConfig: new sources.GlueSchemaRegistry({
      schemaRegistry: registry,
      eventRecordFormat: lambda.EventRecordFormat.SOURCE,
      schemaValidationConfigs: [
        { attribute: lambda.KafkaSchemaValidationAttribute.KEY },
        { attribute: lambda.KafkaSchemaValidationAttribute.VALUE },
      ],
    }),
  });
  fn.currentVersion.addEventSourceMapping('VersionMapping', {
    kafkaBootstrapServers: bootstrapServers,
    kafkaTopic,
    startingPosition: TRIM_HORIZON,
    schemaRegistryConfig: new sources.ConfluentSchemaRegistry({
      schemaRegistryUri: 'https://registry.example.com',
      eventRecordFormat: lambda.EventRecordFormat.of('AVRO'),
      authenticationType: lambda.KafkaSchemaRegistryAccessConfigType.of('CUSTOM_AUTH'),
      secret: newSecret(stack),
      schemaValidationConfigs: [],
    }),
  });
  // a registry name with colons matches the ARN pattern ([^\/]+); no schemaValidationConfigs
  new lambda.EventSourceMapping(stack, 'ArnMapping', {
    target: fn,
    kafkaBootstrapServers: bootstrapServers,
    kafkaTopic,
    kafkaConsumerGroupId: 'group',
    startingPosition: TRIM_HORIZON,
    schemaRegistryConfig: new sources.GlueSchemaRegistry({
      schemaRegistryArn: 'arn:aws-cn:glue:cn-north-1:111122223333:registry/name:with:colons',
      eventRecordFormat: lambda.EventRecordFormat.JSON,
    }),
  });
}

app.synth();

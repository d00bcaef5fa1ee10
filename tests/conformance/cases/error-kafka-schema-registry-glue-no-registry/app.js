// Conformance case 'error-kafka-schema-registry-glue-no-registry': a GlueSchemaRegistry given neither a CfnRegistry
// nor an ARN, bound by the mapping of a ManagedKafkaEventSource
// Ported from aws-cdk: kafka.test.ts 'msk' 'MSK with glue kafka schema registry with no schema registry props'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
// aws-cdk's test/test-function.ts
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const mskEventMapping = new sources.ManagedKafkaEventSource({
  clusterArn: 'some-arn',
  topic: 'some-topic',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 3 },
  schemaRegistryConfig: new sources.GlueSchemaRegistry({
    eventRecordFormat: lambda.EventRecordFormat.JSON,
    schemaValidationConfigs: [{ attribute: lambda.KafkaSchemaValidationAttribute.KEY }],
  }),
});
fn.addEventSource(mskEventMapping);

app.synth();

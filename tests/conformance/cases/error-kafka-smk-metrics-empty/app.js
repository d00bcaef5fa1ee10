// Conformance case 'error-kafka-smk-metrics-empty': SelfManagedKafkaEventSource with an empty metricsConfig.metrics
// Ported from aws-cdk: kafka.test.ts 'MetricsConfig validation - empty metrics array'
'use strict';
const cdk = require('aws-cdk-lib');
const sm = require('aws-cdk-lib/aws-secretsmanager');
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
const secret = new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });
fn.addEventSource(new sources.SelfManagedKafkaEventSource({
  bootstrapServers: ['kafka-broker:9092'],
  secret,
  topic: 'some-topic',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  metricsConfig: { metrics: [] },
}));

app.synth();

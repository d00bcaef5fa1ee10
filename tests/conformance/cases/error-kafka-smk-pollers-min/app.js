// Conformance case 'error-kafka-smk-pollers-min': error: SelfManagedKafkaEventSource minimumPollers 0
// Ported from aws-cdk: kafka.test.ts 'minimum provisioned poller is out of limit' on a self-managed cluster
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
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
const secret = new secretsmanager.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });
fn.addEventSource(new sources.SelfManagedKafkaEventSource({
  bootstrapServers: ['kafka-broker:9092'],
  topic: 'some-topic',
  secret,
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  provisionedPollerConfig: { minimumPollers: 0, maximumPollers: 3 },
}));

app.synth();

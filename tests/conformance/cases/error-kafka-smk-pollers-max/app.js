// Conformance case 'error-kafka-smk-pollers-max': error: SelfManagedKafkaEventSource maximumPollers 2001
// Ported from aws-cdk: kafka.test.ts 'maximum provisioned poller is out of limit' on a self-managed cluster
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
  provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2001 },
}));

app.synth();

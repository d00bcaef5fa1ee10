// Conformance case 'error-event-sources-kafka-secret-timestamp-position': SelfManagedKafkaEventSource with startingPositionTimestamp and LATEST
// Ported from aws-cdk: kafka.test.ts 'self-managed kafka' 'startingPositionTimestamp without AT_TIMESTAMP throws error'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
fn.addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers: ['kafka-broker:9092'],
  topic: 'some-topic',
  startingPosition: lambda.StartingPosition.LATEST,
  secret: new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' }),
  startingPositionTimestamp: 1640995200,
}));
app.synth();

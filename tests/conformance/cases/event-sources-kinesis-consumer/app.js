// Conformance case 'event-sources-kinesis-consumer': KinesisConsumerEventSource through a StreamConsumer
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const stream = new kinesis.Stream(stack, 'Stream', { shardCount: 2 });
const consumer = new kinesis.StreamConsumer(stack, 'Consumer', { stream, streamConsumerName: 'fan-out' });
const source = new eventsources.KinesisConsumerEventSource(consumer, {
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 500,
  maxBatchingWindow: cdk.Duration.seconds(5),
  reportBatchItemFailures: true,
  onFailure: new eventsources.SqsDlq(new sqs.Queue(stack, 'Failures')),
});
fn.addEventSource(source);
new cdk.CfnOutput(stack, 'MappingArn', { value: source.eventSourceMappingArn });
new cdk.CfnOutput(stack, 'ConsumerName', { value: consumer.streamConsumerName });

app.synth();

// Conformance case 'error-kinesis-consumer-timestamp-missing': error: KinesisConsumerEventSource AT_TIMESTAMP without startingPositionTimestamp (the mapping's error)
// Ported from aws-cdk: kinesis.test.ts 'AT_TIMESTAMP starting position' without its timestamp, on a consumer
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
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
const stream = new kinesis.Stream(stack, 'S');
const consumer = new kinesis.StreamConsumer(stack, 'C', { stream, streamConsumerName: 'TheConsumer' });
fn.addEventSource(new sources.KinesisConsumerEventSource(consumer, { startingPosition: lambda.StartingPosition.AT_TIMESTAMP }));

app.synth();

// Conformance case 'error-kinesis-consumer-batch-size-zero': error: KinesisConsumerEventSource batch size 0
// Ported from aws-cdk: kinesis.test.ts 'fails if batch size < 1' on a consumer
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
fn.addEventSource(new sources.KinesisConsumerEventSource(consumer, { batchSize: 0, startingPosition: lambda.StartingPosition.LATEST }));

app.synth();

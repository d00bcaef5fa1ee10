// Conformance case 'error-kafka-msk-max-batching-window': error: ManagedKafkaEventSource maxBatchingWindow of 301 seconds (the mapping's error)
// Ported from aws-cdk: kafka.test.ts 'proper structure matches AWS Lambda EventSourceMapping schema' past its bound
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
fn.addEventSource(new sources.ManagedKafkaEventSource({
  clusterArn: 'some-arn',
  topic: 'some-topic',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  maxBatchingWindow: cdk.Duration.seconds(301),
}));

app.synth();

// Conformance case 'error-kafka-msk-timestamp-position': ManagedKafkaEventSource startingPositionTimestamp with LATEST (aws-cdk-lib 2.276.0: not in the constructor, as the test has it, but when bound)
// Ported from aws-cdk: kafka.test.ts 'msk' 'startingPositionTimestamp without AT_TIMESTAMP throws error'
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
  startingPosition: lambda.StartingPosition.LATEST,
  startingPositionTimestamp: 1640995200,
}));

app.synth();

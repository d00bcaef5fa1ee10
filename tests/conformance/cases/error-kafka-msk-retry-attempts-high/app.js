// Conformance case 'error-kafka-msk-retry-attempts-high': error: ManagedKafkaEventSource retryAttempts 10001 (the mapping's error)
// Ported from aws-cdk: kafka.test.ts 'Setting error handling properties' past its bound
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
  retryAttempts: 10001,
}));

app.synth();

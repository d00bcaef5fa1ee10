// Conformance case 'error-kafka-msk-pollers-order': ManagedKafkaEventSource minimumPollers above maximumPollers
// Ported from aws-cdk: kafka.test.ts 'msk' 'Minimum provisioned poller greater than maximum provisioned poller'
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
  provisionedPollerConfig: { minimumPollers: 3, maximumPollers: 1 },
}));

app.synth();

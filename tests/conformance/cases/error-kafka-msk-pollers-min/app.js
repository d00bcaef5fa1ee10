// Conformance case 'error-kafka-msk-pollers-min': ManagedKafkaEventSource minimumPollers 0
// Ported from aws-cdk: kafka.test.ts 'msk' 'minimum provisioned poller is out of limit'
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
  provisionedPollerConfig: { minimumPollers: 0, maximumPollers: 3 },
}));

app.synth();

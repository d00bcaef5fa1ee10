// Conformance case 'error-kinesis-pollers-min': error: KinesisEventSource minimumPollers 0 (StreamEventSource's check, without a path)
// Ported from aws-cdk: kafka.test.ts 'minimum provisioned poller is out of limit' on a stream
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
fn.addEventSource(new sources.KinesisEventSource(stream, { provisionedPollerConfig: { minimumPollers: 0, maximumPollers: 3 }, startingPosition: lambda.StartingPosition.LATEST }));

app.synth();

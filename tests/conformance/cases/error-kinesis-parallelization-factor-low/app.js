// Conformance case 'error-kinesis-parallelization-factor-low': error: KinesisEventSource parallelizationFactor 0
// Ported from aws-cdk: kinesis.test.ts (dynamo.test.ts 'fails if parallelizationFactor < 1' on a stream)
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
fn.addEventSource(new sources.KinesisEventSource(stream, { parallelizationFactor: 0, startingPosition: lambda.StartingPosition.LATEST }));

app.synth();

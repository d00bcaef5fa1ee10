// Conformance case 'integ-es-kinesis-at-timestamp': aws-cdk's integ.kinesis-at-timestamp.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

// test-function.ts's TestFunction (its STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X)
class TestFunction extends lambda.Function {
  constructor(scope, id) {
    super(scope, id, {
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
      runtime: lambda.Runtime.NODEJS_18_X,
    });
  }
}

async function handler(event) {
  console.log('event:', JSON.stringify(event, undefined, 2));
  return { event };
}

const app = new cdk.App();

const stack = new cdk.Stack(app, 'lambda-event-source-kinesis-at-timestamp');

const fn = new TestFunction(stack, 'F');

const stream = new kinesis.Stream(stack, 'S');

fn.addEventSource(new eventsources.KinesisEventSource(stream, {
  startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
  startingPositionTimestamp: 1655237653,
}));

app.synth();

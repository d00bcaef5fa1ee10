// Conformance case 'integ-es-kinesis-stream-consumer': aws-cdk's integ.kinesis-stream-consumer.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; app.synth() added (the integ runner synthesizes)
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
const stack = new cdk.Stack(app, 'lambda-event-source-kinesis-stream-consumer');

const fn = new TestFunction(stack, 'F');
const stream = new kinesis.Stream(stack, 'Q');
const streamConsumer = new kinesis.StreamConsumer(stack, 'C', {
  stream,
  streamConsumerName: 'TheConsumer',
});
const eventSource = new eventsources.KinesisConsumerEventSource(streamConsumer, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  tumblingWindow: cdk.Duration.seconds(60),
});

fn.addEventSource(eventSource);

new cdk.CfnOutput(stack, 'OutputEventSourceMappingArn', { value: eventSource.eventSourceMappingArn });

app.synth();

// Conformance case 'error-kinesis-tumbling-window': a tumbling window over 900 seconds on a KinesisEventSource
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
fn.addEventSource(new eventsources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), {
  startingPosition: lambda.StartingPosition.LATEST,
  tumblingWindow: cdk.Duration.minutes(16),
}));
app.synth();

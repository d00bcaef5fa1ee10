// Conformance case 'error-event-source-max-record-age-token': error: an EventSourceMapping's maxRecordAge
// of Duration.seconds(token). EventSourceMapping checks toSeconds() < 60 without isUnresolved(), and a number
// token is a huge negative number to that comparison, so even a token fails (unlike maxBatchingWindow's
// upper bound, which a token passes).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const age = new cdk.CfnParameter(stack, 'Age', { type: 'Number' });
const fn = new lambda.Function(stack, 'MyFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
});
new lambda.EventSourceMapping(stack, 'Mapping', {
  target: fn,
  eventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s',
  startingPosition: lambda.StartingPosition.LATEST,
  maxBatchingWindow: cdk.Duration.seconds(age.valueAsNumber),
  maxRecordAge: cdk.Duration.seconds(age.valueAsNumber),
});

app.synth();

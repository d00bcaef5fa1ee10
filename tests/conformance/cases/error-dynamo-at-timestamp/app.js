// Conformance case 'error-dynamo-at-timestamp': a DynamoEventSource from AT_TIMESTAMP, with a
// startingPositionTimestamp that DynamoEventSourceProps does not have (dynamodb.ts passes none to the
// mapping, whose check then fails)
// After aws-cdk: kinesis.test.ts 'AT_TIMESTAMP starting position', on dynamo.test.ts's table
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
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
const table = new dynamodb.Table(stack, 'T', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  stream: dynamodb.StreamViewType.NEW_IMAGE,
});
fn.addEventSource(new sources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
  startingPositionTimestamp: 1640995200,
}));

app.synth();

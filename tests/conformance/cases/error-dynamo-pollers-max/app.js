// Conformance case 'error-dynamo-pollers-max': error: DynamoEventSource maximumPollers 2001
// Ported from aws-cdk: kafka.test.ts 'maximum provisioned poller is out of limit' on a table
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
fn.addEventSource(new sources.DynamoEventSource(table, { provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2001 }, startingPosition: lambda.StartingPosition.LATEST }));

app.synth();

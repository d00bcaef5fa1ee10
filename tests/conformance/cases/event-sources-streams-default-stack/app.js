// Conformance case 'event-sources-streams-default-stack': dynamo.test.ts's and kinesis.test.ts's
// 'sufficiently complex example' in the stack `new cdk.Stack()` makes ('Default'), where the
// mappings' construct ids carry the table's, stream's and consumer's unique ids alone
// (DynamoDBEventSource:T, KinesisEventSource:S, KinesisConsumerEventSource:C), and their outputs;
// the two tests' functions are one 'Fn' here (one Default stack per app)
// Ported from aws-cdk: dynamo.test.ts 'sufficiently complex example', kinesis.test.ts 'sufficiently complex example'
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app);
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
const fromTable = new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.TRIM_HORIZON });
fn.addEventSource(fromTable);
const stream = new kinesis.Stream(stack, 'S');
const fromStream = new sources.KinesisEventSource(stream, { startingPosition: lambda.StartingPosition.TRIM_HORIZON });
fn.addEventSource(fromStream);
const consumer = new kinesis.StreamConsumer(stack, 'C', { stream, streamConsumerName: 'c' });
const fromConsumer = new sources.KinesisConsumerEventSource(consumer, { startingPosition: lambda.StartingPosition.LATEST });
fn.addEventSource(fromConsumer);
new cdk.CfnOutput(stack, 'TableMappingId', { value: fromTable.eventSourceMappingId });
new cdk.CfnOutput(stack, 'StreamMappingArn', { value: fromStream.eventSourceMappingArn });
new cdk.CfnOutput(stack, 'ConsumerMappingId', { value: fromConsumer.eventSourceMappingId });

app.synth();

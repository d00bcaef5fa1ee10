// Conformance case 'event-sources-on-aliases': the event sources bound to an Alias and to a Version
// (the mapping, permission and subscription under the alias or version, the grants to the
// function's role); one queue read by two functions; one source object bound to two functions
// (aws-cdk-lib keeps the second mapping's id and ARN)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();

function testFunction(scope, id) {
  return new lambda.Function(scope, id, {
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
    runtime: lambda.Runtime.NODEJS_20_X,
  });
}

// Alias: every kind of source with a mapping, and SNS (S3 on an alias: event-sources-s3-alias)
{
  const stack = new cdk.Stack(app, 'AliasStack');
  const fn = testFunction(stack, 'Fn');
  const live = fn.addAlias('live');
  const queue = new sqs.Queue(stack, 'Q');
  const stream = new kinesis.Stream(stack, 'S');
  const table = new dynamodb.Table(stack, 'T', {
    partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
    stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  });
  const topic = new sns.Topic(stack, 'Topic');
  live.addEventSource(new sources.SqsEventSource(queue, { batchSize: 5 }));
  live.addEventSource(new sources.KinesisEventSource(stream, { startingPosition: lambda.StartingPosition.LATEST }));
  live.addEventSource(new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.TRIM_HORIZON }));
  live.addEventSource(new sources.SnsEventSource(topic));
}

// Version: fn.currentVersion
{
  const stack = new cdk.Stack(app, 'VersionStack');
  const fn = testFunction(stack, 'Fn');
  const version = fn.currentVersion;
  const queue = new sqs.Queue(stack, 'Q');
  const topic = new sns.Topic(stack, 'Topic');
  const source = new sources.SqsEventSource(queue);
  version.addEventSource(source);
  version.addEventSource(new sources.SnsEventSource(topic));
  new cdk.CfnOutput(stack, 'MappingId', { value: source.eventSourceMappingId });
  new cdk.CfnOutput(stack, 'MappingArn', { value: source.eventSourceMappingArn });
}

// One queue, two functions; one source object, two functions
{
  const stack = new cdk.Stack(app, 'SharedStack');
  const a = testFunction(stack, 'A');
  const b = testFunction(stack, 'B');
  const queue = new sqs.Queue(stack, 'Q');
  a.addEventSource(new sources.SqsEventSource(queue));
  b.addEventSource(new sources.SqsEventSource(queue, { reportBatchItemFailures: true }));
  const stream = new kinesis.Stream(stack, 'S');
  const shared = new sources.KinesisEventSource(stream, { startingPosition: lambda.StartingPosition.LATEST });
  a.addEventSource(shared);
  b.addEventSource(shared);
  new cdk.CfnOutput(stack, 'SharedMappingId', { value: shared.eventSourceMappingId });
}

app.synth();

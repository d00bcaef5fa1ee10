// Conformance case 'event-sources-s3-on-failure': stream event sources with an S3OnFailureDestination
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const failures = new s3.Bucket(stack, 'Failures');
fn.addEventSource(new eventsources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  onFailure: new eventsources.S3OnFailureDestination(failures),
}));
const table = new dynamodb.Table(stack, 'Table', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  stream: dynamodb.StreamViewType.NEW_IMAGE,
});
fn.addEventSource(new eventsources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.LATEST,
  onFailure: new eventsources.S3OnFailureDestination(failures),
}));

app.synth();

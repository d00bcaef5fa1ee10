// Conformance case 'error-dynamo-dlq-imported-function-no-role': DynamoEventSource with an SqsDlq on a function imported without a role (the DLQ's grantSendMessages asks for the policy fragment)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default', { env: { account: '123456789012', region: 'us-east-1' } });
const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:mine');
const table = new dynamodb.Table(stack, 'T', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  stream: dynamodb.StreamViewType.NEW_IMAGE,
});
fn.addEventSource(new sources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.LATEST,
  onFailure: new sources.SqsDlq(new sqs.Queue(stack, 'Dlq')),
}));

app.synth();

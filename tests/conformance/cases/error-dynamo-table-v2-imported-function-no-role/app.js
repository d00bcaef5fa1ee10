// Conformance case 'error-dynamo-table-v2-imported-function-no-role': DynamoEventSource on a TableV2 and a function imported without a role (TableV2's stream grants ask for the policy fragment)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default', { env: { account: '123456789012', region: 'us-east-1' } });
const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:us-east-1:123456789012:function:mine');
const table = new dynamodb.TableV2(stack, 'T', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  dynamoStream: dynamodb.StreamViewType.NEW_IMAGE,
});
fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.LATEST }));

app.synth();

// Conformance case 'event-sources-imported-streams': Kinesis and DynamoDB event sources on imported
// streams and tables (Stream.fromStreamArn, Table.fromTableAttributes / fromTableName)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const L = lambda.StartingPosition.LATEST;
const clicks = kinesis.Stream.fromStreamArn(stack, 'Clicks', 'arn:aws:kinesis:eu-west-1:123456789012:stream/clicks');
fn.addEventSource(new eventsources.KinesisEventSource(clicks, { startingPosition: L }));
const streamParam = new cdk.CfnParameter(stack, 'StreamArn');
const byParam = kinesis.Stream.fromStreamArn(stack, 'ByParam', streamParam.valueAsString);
fn.addEventSource(new eventsources.KinesisEventSource(byParam, { startingPosition: L }));
new cdk.CfnOutput(stack, 'ClicksName', { value: clicks.streamName });
new cdk.CfnOutput(stack, 'ByParamName', { value: byParam.streamName });

const orders = dynamodb.Table.fromTableAttributes(stack, 'Orders', {
  tableArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders',
  tableStreamArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2024-01-01T00:00:00.000',
});
fn.addEventSource(new eventsources.DynamoEventSource(orders, { startingPosition: L }));
const streamArnParam = new cdk.CfnParameter(stack, 'TableStreamArn');
const users = dynamodb.Table.fromTableAttributes(stack, 'Users', { tableName: 'users', tableStreamArn: streamArnParam.valueAsString });
fn.addEventSource(new eventsources.DynamoEventSource(users, { startingPosition: L }));
const tableArnParam = new cdk.CfnParameter(stack, 'TableArn');
const byArn = dynamodb.Table.fromTableArn(stack, 'ByArn', tableArnParam.valueAsString);
new cdk.CfnOutput(stack, 'OrdersName', { value: orders.tableName });
new cdk.CfnOutput(stack, 'UsersArn', { value: users.tableArn });
new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.tableName });

app.synth();

// Conformance case 'event-sources-dynamodb-table-v2': DynamoEventSource on a TableV2 (a GlobalTable)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
for (const [id, env] of [['TestStack', undefined], ['PinnedStack', { account: '123456789012', region: 'eu-west-1' }]]) {
  const stack = new cdk.Stack(app, id, { env });
  const fn = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  });
  const table = new dynamodb.TableV2(stack, 'Table', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
    dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  });
  fn.addEventSource(new eventsources.DynamoEventSource(table, {
    startingPosition: lambda.StartingPosition.LATEST,
    batchSize: 10000,
  }));
  // Without a stream, TableV2.tableStreamArn is still the StreamArn attribute: aws-cdk-lib synthesizes.
  const plain = new dynamodb.TableV2(stack, 'Plain', {
    tableName: 'plain',
    partitionKey: { name: 'id', type: dynamodb.AttributeType.NUMBER },
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  });
  fn.addEventSource(new eventsources.DynamoEventSource(plain, { startingPosition: lambda.StartingPosition.TRIM_HORIZON }));
}

app.synth();

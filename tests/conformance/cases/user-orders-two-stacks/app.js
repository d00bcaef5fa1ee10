// Conformance case 'user-orders-two-stacks': an app as a CDK user writes it, not shaped to a feature:
// a data stack (a DynamoDB table with a sort key, an SQS queue) and an API stack whose functions
// share a layer from a folder, read the table and the queue across stacks, an alias with
// provisioned concurrency behind a public Function URL with CORS, and a worker fed by the queue.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const sqs = require('aws-cdk-lib/aws-sqs');
const { SqsEventSource } = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const data = new cdk.Stack(app, 'OrdersData');
const table = new dynamodb.Table(data, 'Orders', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
});
const events = new sqs.Queue(data, 'OrderEvents', { visibilityTimeout: cdk.Duration.seconds(60) });

const api = new cdk.Stack(app, 'OrdersApi');
const shared = new lambda.LayerVersion(api, 'Shared', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X],
  description: 'shared helpers',
});
const handler = new lambda.Function(api, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'api')),
  memorySize: 512,
  timeout: cdk.Duration.seconds(10),
  layers: [shared],
  environment: { TABLE_NAME: table.tableName, QUEUE_URL: events.queueUrl },
});
table.grantReadWriteData(handler);
events.grantSendMessages(handler);
const live = handler.addAlias('live', { provisionedConcurrentExecutions: 1 });
const url = live.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedOrigins: ['https://example.com'], allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST] },
});

const worker = new lambda.Function(api, 'Worker', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'worker.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'api')),
  timeout: cdk.Duration.seconds(30),
  reservedConcurrentExecutions: 5,
  layers: [shared],
  environment: { TABLE_NAME: table.tableName },
});
worker.addEventSource(new SqsEventSource(events, { batchSize: 5, reportBatchItemFailures: true }));
table.grantReadData(worker);

new cdk.CfnOutput(api, 'Url', { value: url.url });
app.synth();

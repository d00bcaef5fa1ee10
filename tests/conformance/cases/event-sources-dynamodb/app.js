// Conformance case 'event-sources-dynamodb': DynamoEventSource with filters and an SQS on-failure destination
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const table = new dynamodb.Table(stack, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'sk', type: dynamodb.AttributeType.NUMBER },
  stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
});
const deadLetterQueue = new sqs.Queue(stack, 'deadLetterQueue');
fn.addEventSource(new eventsources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 5,
  bisectBatchOnError: true,
  onFailure: new eventsources.SqsDlq(deadLetterQueue),
  retryAttempts: 10,
  maxRecordAge: cdk.Duration.hours(1),
  parallelizationFactor: 2,
  maxBatchingWindow: cdk.Duration.seconds(30),
  reportBatchItemFailures: true,
  filters: [
    lambda.FilterCriteria.filter({
      eventName: lambda.FilterRule.isEqual('INSERT'),
      dynamodb: { NewImage: { amount: { N: lambda.FilterRule.between(10, 100) } } },
    }),
    lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.or('MODIFY', 'REMOVE') }),
  ],
}));

// A pay-per-request table with a name, destroyed with the stack; its stream is read by a
// second source on the same function.
const table2 = new dynamodb.Table(stack, 'Orders', {
  tableName: 'orders',
  partitionKey: { name: 'id', type: dynamodb.AttributeType.BINARY },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  stream: dynamodb.StreamViewType.KEYS_ONLY,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
fn.addEventSource(new eventsources.DynamoEventSource(table2, {
  startingPosition: lambda.StartingPosition.LATEST,
  enabled: false,
  metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
}));

app.synth();

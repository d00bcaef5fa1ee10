// Conformance case 'user-fifo-ledger': an app as a CDK user writes it, not shaped to a feature:
// ledger entries arrive on a FIFO queue (content-based deduplication, its own FIFO dead-letter
// queue) and are written by a poster function into a table whose stream feeds a projector that
// only sees inserts; the poster may read and write the table, the projector reads its stream.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Ledger');

const dlq = new sqs.Queue(stack, 'EntriesDlq', { fifo: true, retentionPeriod: cdk.Duration.days(14) });
const entries = new sqs.Queue(stack, 'Entries', {
  fifo: true,
  contentBasedDeduplication: true,
  visibilityTimeout: cdk.Duration.seconds(90),
  deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
});
const table = new dynamodb.Table(stack, 'Accounts', {
  partitionKey: { name: 'accountId', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'seq', type: dynamodb.AttributeType.NUMBER },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
});

const poster = new lambda.Function(stack, 'Poster', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"batchItemFailures": []}\n'),
  timeout: cdk.Duration.seconds(30),
  environment: { TABLE: table.tableName },
});
table.grantReadWriteData(poster);
poster.addEventSource(new sources.SqsEventSource(entries, { batchSize: 10, reportBatchItemFailures: true }));

const projector = new lambda.Function(stack, 'Projector', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
projector.addEventSource(new sources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 100,
  retryAttempts: 2,
  filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
}));
app.synth();

// Conformance case 'user-webhook-ingest': an app as a CDK user writes it, not shaped to a feature:
// a webhook receiver behind an IAM-authenticated Function URL puts messages on a FIFO queue with a
// dead-letter queue; a worker drains it in order and writes to a table; both log to their own
// log groups (one week), and an alarm watches the worker's errors.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'WebhookIngest');

const dlq = new sqs.Queue(stack, 'DeadLetters', {
  fifo: true,
  retentionPeriod: cdk.Duration.days(14),
});
const inbox = new sqs.Queue(stack, 'Inbox', {
  fifo: true,
  contentBasedDeduplication: true,
  visibilityTimeout: cdk.Duration.seconds(90),
  deadLetterQueue: { queue: dlq, maxReceiveCount: 3 },
  enforceSSL: true,
});
const table = new dynamodb.Table(stack, 'Events', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const receiver = new lambda.Function(stack, 'Receiver', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"statusCode": 202}\n'),
  environment: { INBOX_URL: inbox.queueUrl },
  logGroup: new logs.LogGroup(stack, 'ReceiverLogs', { retention: logs.RetentionDays.ONE_WEEK }),
});
inbox.grantSendMessages(receiver);
const url = receiver.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });

const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"batchItemFailures": []}\n'),
  timeout: cdk.Duration.seconds(60),
  environment: { TABLE: table.tableName },
  logGroup: new logs.LogGroup(stack, 'WorkerLogs', { retention: logs.RetentionDays.ONE_WEEK }),
});
worker.addEventSource(new sources.SqsEventSource(inbox, { batchSize: 10, reportBatchItemFailures: true }));
table.grantWriteData(worker);

new cloudwatch.Alarm(stack, 'WorkerErrors', {
  metric: worker.metricErrors(),
  threshold: 1,
  evaluationPeriods: 1,
});
new cdk.CfnOutput(stack, 'WebhookUrl', { value: url.url });
app.synth();

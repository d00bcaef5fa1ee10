// Conformance case 'sqs-dlq-event-source': a typical app: a function consumes a queue through the
// SQS event source, with partial batch responses; what it fails to process five times goes to a
// dead-letter queue, which keeps messages 14 days and which a second function sends to
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrdersStack');
const timeout = cdk.Duration.seconds(30);

const deadLetterQueue = new sqs.Queue(stack, 'OrdersDlq', {
  retentionPeriod: cdk.Duration.days(14),
  enforceSSL: true,
});
const queue = new sqs.Queue(stack, 'OrdersQueue', {
  visibilityTimeout: cdk.Duration.seconds(6 * timeout.toSeconds()),
  receiveMessageWaitTime: cdk.Duration.seconds(20),
  deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: 5 },
  enforceSSL: true,
});

const processor = new lambda.Function(stack, 'Processor', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  timeout,
  environment: { DLQ_URL: queue.deadLetterQueue.queue.queueUrl },
});
processor.addEventSource(new eventsources.SqsEventSource(queue, {
  batchSize: 10,
  maxBatchingWindow: cdk.Duration.seconds(5),
  reportBatchItemFailures: true,
}));

// a second function puts messages on the dead-letter queue by hand
const replayer = new lambda.Function(stack, 'Replayer', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
deadLetterQueue.grantSendMessages(replayer);

new cdk.CfnOutput(stack, 'QueueUrl', { value: queue.queueUrl });
new cdk.CfnOutput(stack, 'DeadLetterQueueArn', { value: deadLetterQueue.queueArn });
app.synth();

// Conformance case 'error-dlq-queue-enabled-false': error: a deadLetterQueue with deadLetterQueueEnabled false
// Upstream: aws-lambda/test/function.test.ts 'error when default function with SQS DLQ when client provides Queue to be used as DLQ and deadLetterQueueEnabled set to false'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const dlQueue = new sqs.Queue(stack, 'DeadLetterQueue', {
  queueName: 'MyLambda_DLQ',
  retentionPeriod: cdk.Duration.days(14),
});
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  deadLetterQueueEnabled: false,
  deadLetterQueue: dlQueue,
});
app.synth();

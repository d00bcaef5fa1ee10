// Conformance case 'readme-queue-worker': the README's second example (a queue-driven python
// function with an alias and an AWS_IAM Function URL), in aws-cdk-lib.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrdersStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const queue = new sqs.Queue(stack, 'Orders', { visibilityTimeout: cdk.Duration.seconds(60) });
const fn = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  timeout: cdk.Duration.seconds(30),
  memorySize: 512,
  environment: { QUEUE_URL: queue.queueUrl },
});
fn.addEventSource(new sources.SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }));
const live = fn.addAlias('live');
live.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
new cdk.CfnOutput(stack, 'QueueUrl', { value: queue.queueUrl });
app.synth();

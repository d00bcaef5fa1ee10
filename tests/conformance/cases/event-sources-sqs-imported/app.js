// Conformance case 'event-sources-sqs-imported': SqsEventSource on imported queues (Queue.fromQueueArn,
// Queue.fromQueueAttributes), and an imported queue as an SNS subscription's dead-letter queue
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const orders = sqs.Queue.fromQueueArn(stack, 'Orders', 'arn:aws:sqs:eu-west-1:123456789012:orders');
fn.addEventSource(new eventsources.SqsEventSource(orders, { batchSize: 5 }));
const events = sqs.Queue.fromQueueArn(stack, 'Events', 'arn:aws:sqs:eu-west-1:123456789012:events.fifo');
fn.addEventSource(new eventsources.SqsEventSource(events, { maxConcurrency: 3 }));
const param = new cdk.CfnParameter(stack, 'QueueArn');
const byParam = sqs.Queue.fromQueueAttributes(stack, 'ByParam', { queueArn: param.valueAsString, fifo: true });
fn.addEventSource(new eventsources.SqsEventSource(byParam));
new cdk.CfnOutput(stack, 'OrdersUrl', { value: orders.queueUrl });
new cdk.CfnOutput(stack, 'ByParamUrl', { value: byParam.queueUrl });
new cdk.CfnOutput(stack, 'ByParamName', { value: byParam.queueName });
fn.addEventSource(new eventsources.SnsEventSource(new sns.Topic(stack, 'Topic'), { deadLetterQueue: orders }));

app.synth();

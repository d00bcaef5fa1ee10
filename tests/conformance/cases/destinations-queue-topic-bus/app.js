// Conformance case 'destinations-queue-topic-bus': SQS, SNS and EventBridge destinations.
// Upstream: aws-lambda-destinations/test/destinations.test.ts 'sqs as destination', 'sns as
// destination', 'event bus as destination' (and with an imported bus),
// and the default bus (EventBridgeDestination without a bus).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const lambdaProps = {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
};

const queue = new sqs.Queue(stack, 'Queue');
new lambda.Function(stack, 'QueueFunction', {
  ...lambdaProps,
  onSuccess: new destinations.SqsDestination(queue),
});

const topic = new sns.Topic(stack, 'Topic');
new lambda.Function(stack, 'TopicFunction', {
  ...lambdaProps,
  onSuccess: new destinations.SnsDestination(topic),
  onFailure: new destinations.SqsDestination(queue),
  maxEventAge: cdk.Duration.hours(2),
  retryAttempts: 0,
});

const eventBus = new events.EventBus(stack, 'EventBus');
new lambda.Function(stack, 'EventBusFunction', {
  ...lambdaProps,
  onSuccess: new destinations.EventBridgeDestination(eventBus),
});

const bus = events.EventBus.fromEventBusArn(stack, 'Bus', 'arn:aws:events:us-east-1:123456789012:event-bus/my-bus');
new lambda.Function(stack, 'BusFunction', {
  ...lambdaProps,
  onSuccess: new destinations.EventBridgeDestination(bus),
  onFailure: new destinations.EventBridgeDestination(),
});

app.synth();

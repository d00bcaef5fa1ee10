// Conformance case 'user-orders-service': an app as a CDK user writes it, not taken from the seed
// or aws-cdk's tests: an API function behind a function URL (CORS, alias) that enqueues orders, a
// worker fed by the queue (batch size, DLQ), grants between them, an errors alarm, outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrdersStack', { description: 'orders service' });

const queue = new sqs.Queue(stack, 'Orders', { visibilityTimeout: cdk.Duration.seconds(60) });
const code = lambda.Code.fromAsset('src');

const api = new lambda.Function(stack, 'Api', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code,
  memorySize: 512,
  timeout: cdk.Duration.seconds(10),
  environment: { QUEUE_URL: queue.queueUrl, STAGE: 'prod' },
});
queue.grantSendMessages(api);
const live = api.addAlias('live');
const url = live.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: { allowedOrigins: ['https://shop.example.com'], allowedMethods: [lambda.HttpMethod.POST] },
});

const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code,
  timeout: cdk.Duration.seconds(30),
  deadLetterQueueEnabled: true,
});
worker.addEventSource(new sources.SqsEventSource(queue, { batchSize: 5 }));
api.grantInvoke(worker);

new cloudwatch.Alarm(stack, 'WorkerErrors', {
  metric: worker.metricErrors(),
  threshold: 1,
  evaluationPeriods: 1,
});
new cdk.CfnOutput(stack, 'ApiUrl', { value: url.url });
new cdk.CfnOutput(stack, 'QueueInfo', { value: `${queue.queueName} in ${cdk.Aws.REGION}` });

app.synth();

// Conformance case 'user-nested-service-modules': an app as a CDK user writes it, not shaped to a
// feature: one service stack split into nested stacks by module. The parent owns the orders table
// (a stream) and an events topic; an Api module (nested) has the API function with a `live` alias
// and a Function URL and a jobs queue; a Worker module (nested) drains that queue, reads the table's
// stream and publishes to the topic. References cross between parent and modules and between the
// two sibling modules; the parent outputs the URL and the queue's name.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrdersService', { env: { account: '123123123123', region: 'ca-central-1' } });
const orders = new dynamodb.Table(stack, 'Orders', {
  partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  stream: dynamodb.StreamViewType.NEW_IMAGE,
});
const events = new sns.Topic(stack, 'OrderEvents');

const apiModule = new cdk.NestedStack(stack, 'Api', { description: 'api module' });
const jobs = new sqs.Queue(apiModule, 'Jobs', { visibilityTimeout: cdk.Duration.seconds(120) });
const api = new lambda.Function(apiModule, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  environment: { TABLE: orders.tableName, JOBS_URL: jobs.queueUrl },
});
orders.grantReadWriteData(api);
jobs.grantSendMessages(api);
const live = api.addAlias('live');
const url = live.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE, cors: { allowedOrigins: ['*'] } });

const workerModule = new cdk.NestedStack(stack, 'Worker', { timeout: cdk.Duration.minutes(20) });
const worker = new lambda.Function(workerModule, 'Drain', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  timeout: cdk.Duration.seconds(60),
  environment: { TOPIC_ARN: events.topicArn },
});
worker.addEventSource(new sources.SqsEventSource(jobs, { batchSize: 5 }));
events.grantPublish(worker);
const projector = new lambda.Function(workerModule, 'Projector', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  environment: { API_FUNCTION: live.functionArn },
});
projector.addEventSource(new sources.DynamoEventSource(orders, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 25,
  retryAttempts: 4,
}));
live.grantInvoke(projector);

new cdk.CfnOutput(stack, 'ApiUrl', { value: url.url });
new cdk.CfnOutput(stack, 'JobsQueueName', { value: jobs.queueName });
app.synth();

// Conformance case 'user-staged-platform': an app as a CDK user writes it, not shaped to a feature:
// a production Stage (its own environment, a permissions boundary, team tags) holding a data stack
// (a work queue and a producer allowed to send to it) and an API stack whose consumer reads that
// queue (a cross-stack reference) and whose nested stack runs a cleaner over the same queue, its
// function name an output of the parent; and, beside the stage, an environment-agnostic stack.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const prod = new cdk.Stage(app, 'Prod', {
  env: { account: '111111111111', region: 'eu-central-1' },
  permissionsBoundary: cdk.PermissionsBoundary.fromName('platform-boundary'),
});
cdk.Tags.of(prod).add('team', 'platform');

const code = (msg) => lambda.Code.fromInline(`exports.handler = async () => ${JSON.stringify(msg)};`);

const data = new cdk.Stack(prod, 'Data');
const work = new sqs.Queue(data, 'Work', { visibilityTimeout: cdk.Duration.minutes(5) });
const producer = new lambda.Function(data, 'Producer', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: code('produced'),
  environment: { QUEUE_URL: work.queueUrl },
});
work.grantSendMessages(producer);

const api = new cdk.Stack(prod, 'Api', { description: 'the platform API' });
cdk.Tags.of(api).add('tier', 'api');
const consumer = new lambda.Function(api, 'Consumer', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: code('consumed'),
  timeout: cdk.Duration.minutes(1),
});
consumer.addEventSource(new sources.SqsEventSource(work, { batchSize: 10, maxBatchingWindow: cdk.Duration.seconds(5) }));

const workers = new cdk.NestedStack(api, 'Workers', { description: 'background workers' });
const cleaner = new lambda.Function(workers, 'Cleaner', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return "clean"\n'),
  environment: { QUEUE_ARN: work.queueArn },
});
work.grantConsumeMessages(cleaner);
new cdk.CfnOutput(api, 'CleanerName', { value: cleaner.functionName });

const global = new cdk.Stack(app, 'Global');
new lambda.Function(global, 'Status', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: code('ok') });
app.synth();

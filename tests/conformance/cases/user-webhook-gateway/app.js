// Conformance case 'user-webhook-gateway': an app as a CDK user writes it, not shaped to a feature:
// a webhook receiver behind an IAM-authenticated Function URL with CORS on its `live` alias, whose
// provisioned concurrency scales on utilization and on a schedule (business hours); a layer of
// shared code used by the receiver and by a processor that drains the queue the receiver fills
// (batch item failures, a filter on the event type, a batching window); a partner role may call
// the URL; everything tagged for the team.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'WebhookGateway', {
  description: 'Partner webhooks: receive, verify, queue and process',
});
cdk.Tags.of(stack).add('team', 'integrations');

const shared = new lambda.LayerVersion(stack, 'SharedCode', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  compatibleArchitectures: [lambda.Architecture.ARM_64],
  description: 'Signature verification shared by the webhook functions',
});

const deadLetters = new sqs.Queue(stack, 'WebhookDeadLetters', {
  retentionPeriod: cdk.Duration.days(14),
});
const events = new sqs.Queue(stack, 'WebhookEvents', {
  visibilityTimeout: cdk.Duration.minutes(3),
  deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
  encryption: sqs.QueueEncryption.SQS_MANAGED,
});

const receiver = new lambda.Function(stack, 'Receiver', {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'receiver')),
  layers: [shared],
  memorySize: 512,
  timeout: cdk.Duration.seconds(10),
  environment: {
    QUEUE_URL: events.queueUrl,
    SIGNING_SECRET_NAME: 'webhooks/signing-secret',
  },
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
  logRetention: logs.RetentionDays.ONE_MONTH,
});
events.grantSendMessages(receiver);

const live = new lambda.Alias(stack, 'ReceiverLive', {
  aliasName: 'live',
  version: receiver.currentVersion,
  provisionedConcurrentExecutions: 2,
});
const scaling = live.addAutoScaling({ minCapacity: 2, maxCapacity: 20 });
scaling.scaleOnUtilization({ utilizationTarget: 0.7 });
scaling.scaleOnSchedule('BusinessHours', {
  schedule: appscaling.Schedule.cron({ weekDay: 'MON-FRI', hour: '8', minute: '0' }),
  minCapacity: 10,
  timeZone: cdk.TimeZone.EUROPE_BERLIN,
});
scaling.scaleOnSchedule('AfterHours', {
  schedule: appscaling.Schedule.cron({ weekDay: 'MON-FRI', hour: '19', minute: '0' }),
  minCapacity: 2,
  timeZone: cdk.TimeZone.EUROPE_BERLIN,
});

const url = live.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.AWS_IAM,
  cors: {
    allowedOrigins: ['https://partners.example.com'],
    allowedMethods: [lambda.HttpMethod.POST],
    allowedHeaders: ['content-type', 'x-signature'],
    maxAge: cdk.Duration.hours(1),
  },
});
const partner = new iam.Role(stack, 'PartnerInvoker', {
  assumedBy: new iam.AccountPrincipal('111122223333'),
  description: 'Assumed by the partner to call the webhook URL',
});
url.grantInvokeUrl(partner);

const processor = new lambda.Function(stack, 'Processor', {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'processor')),
  layers: [shared],
  timeout: cdk.Duration.seconds(30),
  reservedConcurrentExecutions: 10,
  loggingFormat: lambda.LoggingFormat.JSON,
  logRetention: logs.RetentionDays.ONE_MONTH,
});
processor.addEventSource(new sources.SqsEventSource(events, {
  batchSize: 50,
  maxBatchingWindow: cdk.Duration.seconds(5),
  reportBatchItemFailures: true,
  maxConcurrency: 5,
  filters: [
    lambda.FilterCriteria.filter({
      body: { type: lambda.FilterRule.or('order.created', 'order.updated') },
    }),
  ],
}));

new cdk.CfnOutput(stack, 'WebhookUrl', { value: url.url });
new cdk.CfnOutput(stack, 'PartnerRoleArn', { value: partner.roleArn });
app.synth();

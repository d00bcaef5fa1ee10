// Conformance case 'user-order-stream-fanout': an app as a user writes it: a DynamoDB stream fan-out
// to SNS. An orders table (sort key, GSI, TTL, PITR specification, NEW_AND_OLD_IMAGES stream) feeds a
// fan-out function through a DynamoEventSource (two filters: INSERT, and MODIFY whose new status is
// not DRAFT; batching window, bisect, retries, record age, parallelization, item failures, an SqsDlq)
// that publishes to a KMS-encrypted topic (a rotated key with an alias) and to a named FIFO topic.
// Subscribers: a KMS-encrypted billing queue (raw delivery, numeric and string attribute filters,
// a subscription DLQ), a FIFO status queue, a notifier function (filterPolicyWithMessageBody with a
// nested policy) and an email-json subscription (exists filter); alarms on the topic's failed
// notifications and the fan-out's iterator age; a dashboard; an exported output.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrderFanout');

const key = new kms.Key(stack, 'EventsKey', {
  enableKeyRotation: true,
  alias: 'alias/order-events',
  description: 'Order event topics and queues',
});

const table = new dynamodb.Table(stack, 'Orders', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  timeToLiveAttribute: 'expiresAt',
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
table.addGlobalSecondaryIndex({
  indexName: 'byCustomer',
  partitionKey: { name: 'customerId', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'createdAt', type: dynamodb.AttributeType.NUMBER },
  projectionType: dynamodb.ProjectionType.KEYS_ONLY,
});

const created = new sns.Topic(stack, 'OrderCreated', {
  displayName: 'Order created',
  masterKey: key,
});
const status = new sns.Topic(stack, 'OrderStatus', {
  topicName: 'order-status',
  fifo: true,
  contentBasedDeduplication: true,
});

const streamFailures = new sqs.Queue(stack, 'StreamFailures', {
  retentionPeriod: cdk.Duration.days(14),
});
const fanout = new lambda.Function(stack, 'Fanout', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"batchItemFailures": []}\n'),
  timeout: cdk.Duration.seconds(30),
  environment: {
    CREATED_TOPIC_ARN: created.topicArn,
    STATUS_TOPIC_ARN: status.topicArn,
  },
});
fanout.addEventSource(new sources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 100,
  maxBatchingWindow: cdk.Duration.seconds(5),
  bisectBatchOnError: true,
  retryAttempts: 3,
  maxRecordAge: cdk.Duration.hours(6),
  parallelizationFactor: 2,
  reportBatchItemFailures: true,
  onFailure: new sources.SqsDlq(streamFailures),
  filters: [
    lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') }),
    lambda.FilterCriteria.filter({
      eventName: lambda.FilterRule.isEqual('MODIFY'),
      dynamodb: { NewImage: { status: { S: lambda.FilterRule.notEquals('DRAFT') } } },
    }),
  ],
}));
created.grantPublish(fanout);
status.grantPublish(fanout);

const billingDlq = new sqs.Queue(stack, 'BillingSubscriptionDLQ', { encryptionMasterKey: key });
const billing = new sqs.Queue(stack, 'Billing', {
  encryptionMasterKey: key,
  visibilityTimeout: cdk.Duration.minutes(2),
});
created.addSubscription(new subs.SqsSubscription(billing, {
  rawMessageDelivery: true,
  deadLetterQueue: billingDlq,
  filterPolicy: {
    amount: sns.SubscriptionFilter.numericFilter({ greaterThanOrEqualTo: 1 }),
    channel: sns.SubscriptionFilter.stringFilter({ allowlist: ['web', 'mobile'], denylist: ['test'] }),
  },
}));

const statusQueue = new sqs.Queue(stack, 'StatusUpdates', {
  fifo: true,
  contentBasedDeduplication: true,
});
status.addSubscription(new subs.SqsSubscription(statusQueue, { rawMessageDelivery: true }));

const notifier = new lambda.Function(stack, 'VipNotifier', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  reservedConcurrentExecutions: 5,
});
created.addSubscription(new subs.LambdaSubscription(notifier, {
  filterPolicyWithMessageBody: {
    customer: sns.FilterOrPolicy.policy({
      tier: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ allowlist: ['gold', 'platinum'] })),
    }),
    total: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numericFilter({ greaterThan: 500 })),
  },
}));
created.addSubscription(new subs.EmailSubscription('orders-audit@example.com', {
  json: true,
  filterPolicy: { priority: sns.SubscriptionFilter.existsFilter() },
}));

created.metricNumberOfNotificationsFailed({ period: cdk.Duration.minutes(1) })
  .createAlarm(stack, 'CreatedDeliveryFailures', {
    threshold: 1,
    evaluationPeriods: 5,
    datapointsToAlarm: 3,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
new cloudwatch.Alarm(stack, 'FanoutIteratorAge', {
  metric: fanout.metric('IteratorAge', { statistic: 'Maximum', period: cdk.Duration.minutes(1) }),
  threshold: cdk.Duration.minutes(5).toMilliseconds(),
  evaluationPeriods: 3,
  alarmDescription: 'The fan-out is falling behind the orders stream',
});

new cloudwatch.Dashboard(stack, 'Dashboard', {
  dashboardName: 'order-fanout',
  widgets: [[
    new cloudwatch.GraphWidget({
      title: 'Published',
      left: [created.metricNumberOfMessagesPublished(), status.metricNumberOfMessagesPublished()],
      right: [fanout.metricErrors()],
    }),
    new cloudwatch.SingleValueWidget({
      title: 'Billing backlog',
      metrics: [billing.metricApproximateNumberOfMessagesVisible()],
    }),
  ]],
});

new cdk.CfnOutput(stack, 'CreatedTopicArn', { value: created.topicArn, exportName: 'OrderCreatedTopicArn' });
app.synth();

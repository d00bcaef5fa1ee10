// Conformance case 'user-media-library-stacks': an app as a user writes it, in three stacks of one
// environment that reference each other as a team's stacks end up doing: a Storage stack (a rotated
// key encrypting a versioned bucket and a topic, a table with a NEW_IMAGE stream); a Compute stack
// whose indexer is granted read/write on the bucket (the key across stacks), reads the table's
// stream (a DynamoEventSource across stacks), is subscribed to the topic with a filter
// (LambdaSubscription across stacks), whose queue is subscribed too (SqsSubscription: the queue's
// policy and the key), with a nightly rule on the indexer and node.addDependency on the table; a
// Monitoring stack with alarms on both stacks' metrics whose SnsAction goes to the Storage topic,
// and a dashboard; outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const env = { account: '333344445555', region: 'us-west-2' };

const storage = new cdk.Stack(app, 'MediaStorage', { env });
const key = new kms.Key(storage, 'MediaKey', { enableKeyRotation: true, alias: 'alias/media' });
const bucket = new s3.Bucket(storage, 'Library', {
  encryptionKey: key,
  bucketKeyEnabled: true,
  versioned: true,
  enforceSSL: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
});
const table = new dynamodb.Table(storage, 'Catalog', {
  partitionKey: { name: 'assetId', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  stream: dynamodb.StreamViewType.NEW_IMAGE,
});
const topic = new sns.Topic(storage, 'MediaEvents', { masterKey: key });

const compute = new cdk.Stack(app, 'MediaCompute', { env });
const indexer = new lambda.Function(compute, 'Indexer', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  timeout: cdk.Duration.minutes(1),
  environment: {
    BUCKET: bucket.bucketName,
    TABLE: table.tableName,
  },
});
bucket.grantReadWrite(indexer);
indexer.addEventSource(new sources.DynamoEventSource(table, {
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 25,
  retryAttempts: 2,
}));
topic.addSubscription(new subs.LambdaSubscription(indexer, {
  filterPolicy: { kind: sns.SubscriptionFilter.stringFilter({ matchPrefixes: ['video/', 'image/'] }) },
}));
const thumbQueue = new sqs.Queue(compute, 'ThumbnailRequests', {
  encryptionMasterKey: key,
  visibilityTimeout: cdk.Duration.minutes(5),
});
topic.addSubscription(new subs.SqsSubscription(thumbQueue, { rawMessageDelivery: true }));
// The rule lives beside the function: made in the Storage stack it would make the stacks depend
// on each other (aws-cdk-lib's cyclic reference error).
const nightly = new events.Rule(compute, 'NightlyReindex', {
  schedule: events.Schedule.cron({ minute: '30', hour: '2' }),
});
nightly.addTarget(new targets.LambdaFunction(indexer, {
  event: events.RuleTargetInput.fromObject({ mode: 'full' }),
}));
indexer.node.addDependency(table);

const monitoring = new cdk.Stack(app, 'MediaMonitoring', { env });
const page = new actions.SnsAction(topic);
const errors = new cloudwatch.Alarm(monitoring, 'IndexerErrors', {
  metric: indexer.metricErrors({ period: cdk.Duration.minutes(1) }),
  threshold: 1,
  evaluationPeriods: 3,
});
errors.addAlarmAction(page);
const throttled = table.metricThrottledRequestsForOperations({
  operations: [dynamodb.Operation.PUT_ITEM, dynamodb.Operation.GET_ITEM],
  period: cdk.Duration.minutes(5),
});
const throttles = throttled.createAlarm(monitoring, 'CatalogThrottles', {
  threshold: 10,
  evaluationPeriods: 1,
});
throttles.addAlarmAction(page);
new cloudwatch.Dashboard(monitoring, 'MediaDashboard', {
  widgets: [[
    new cloudwatch.GraphWidget({ title: 'Indexer', left: [indexer.metricInvocations(), indexer.metricErrors()] }),
    new cloudwatch.GraphWidget({ title: 'Backlog', left: [thumbQueue.metricApproximateNumberOfMessagesVisible()] }),
    new cloudwatch.AlarmWidget({ title: 'Catalog throttles', alarm: throttles }),
  ]],
});

new cdk.CfnOutput(monitoring, 'ErrorsAlarmArn', { value: errors.alarmArn });
new cdk.CfnOutput(compute, 'IndexerArn', { value: indexer.functionArn });
app.synth();

// Conformance case 'user-photo-fanout': an app as a user writes it: a serverless photo pipeline.
// JPEG uploads under uploads/ (put and multipart events, a prefix/suffix filter) run an ingest function that
// publishes to an SNS topic (KMS-managed, grantPublish); the topic fans out to two SQS queues (raw
// delivery; one with a filter policy on a message attribute), each with a dead-letter queue of its
// own and read by a worker (batch size, batching window, maxConcurrency, item failures); an alarm on
// each dead-letter queue's visible messages (and an OK action) notifies an ops topic; a metric math
// alarm on the two workers' errors; outputs.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'PhotoFanout', {
  description: 'Photo upload fan-out (uploads -> ingest -> SNS -> workers)',
});

const uploads = new s3.Bucket(stack, 'Uploads', {
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  lifecycleRules: [{ prefix: 'uploads/', expiration: cdk.Duration.days(30) }],
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  autoDeleteObjects: false,
});

const photos = new sns.Topic(stack, 'PhotoEvents', {
  displayName: 'New photos',
  enforceSSL: true,
});
const ops = new sns.Topic(stack, 'OpsAlerts');
ops.addSubscription(new subs.EmailSubscription('photo-ops@example.com'));

const code = lambda.Code.fromAsset(path.join(__dirname, 'handlers'));

const ingest = new lambda.Function(stack, 'Ingest', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.ingest',
  code,
  timeout: cdk.Duration.seconds(30),
  environment: { TOPIC_ARN: photos.topicArn },
});
ingest.addEventSource(new sources.S3EventSource(uploads, {
  events: [s3.EventType.OBJECT_CREATED_PUT, s3.EventType.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD],
  filters: [{ prefix: 'uploads/', suffix: '.jpg' }],
}));
uploads.grantRead(ingest, 'uploads/*');
photos.grantPublish(ingest);

function worker(name, handler, filterPolicy) {
  const dlq = new sqs.Queue(stack, `${name}Dlq`, {
    retentionPeriod: cdk.Duration.days(14),
    encryption: sqs.QueueEncryption.SQS_MANAGED,
  });
  const queue = new sqs.Queue(stack, `${name}Queue`, {
    visibilityTimeout: cdk.Duration.minutes(3),
    deadLetterQueue: { queue: dlq, maxReceiveCount: 4 },
    enforceSSL: true,
  });
  photos.addSubscription(new subs.SqsSubscription(queue, { rawMessageDelivery: true, filterPolicy }));
  const fn = new lambda.Function(stack, name, {
    runtime: lambda.Runtime.PYTHON_3_12,
    handler,
    code,
    timeout: cdk.Duration.minutes(1),
    memorySize: 1024,
    environment: { BUCKET: uploads.bucketName },
  });
  fn.addEventSource(new sources.SqsEventSource(queue, {
    batchSize: 20,
    maxBatchingWindow: cdk.Duration.seconds(5),
    maxConcurrency: 5,
    reportBatchItemFailures: true,
  }));
  uploads.grantRead(fn);
  const alarm = new cloudwatch.Alarm(stack, `${name}DlqAlarm`, {
    metric: dlq.metricApproximateNumberOfMessagesVisible({ period: cdk.Duration.minutes(1) }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    alarmDescription: `${name} messages are failing`,
  });
  alarm.addAlarmAction(new actions.SnsAction(ops));
  alarm.addOkAction(new actions.SnsAction(ops));
  return fn;
}

const thumbs = worker('Thumbnailer', 'index.thumbnail', undefined);
const indexer = worker('Indexer', 'index.index', {
  kind: sns.SubscriptionFilter.stringFilter({ allowlist: ['photo', 'scan'] }),
});
uploads.grantPut(thumbs, 'thumbnails/*');

const errors = new cloudwatch.MathExpression({
  expression: 't + i',
  usingMetrics: { t: thumbs.metricErrors(), i: indexer.metricErrors() },
  label: 'Worker errors',
  period: cdk.Duration.minutes(5),
});
errors.createAlarm(stack, 'WorkerErrors', {
  threshold: 5,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
}).addAlarmAction(new actions.SnsAction(ops));

new cdk.CfnOutput(stack, 'UploadBucket', { value: uploads.bucketName });
new cdk.CfnOutput(stack, 'PhotoTopicArn', { value: photos.topicArn, exportName: 'PhotoTopicArn' });
app.synth();

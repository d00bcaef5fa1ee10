// Conformance case 'user-upload-thumbnailer': an app as a user writes it (the S3 upload ->
// thumbnail pattern, without S3 notifications): CloudTrail PutObject events of the uploads bucket's
// incoming/ prefix go through an EventBridge rule into an SQS buffer (SSE-SQS, a dead-letter queue
// after 5 receives) that an arm64 Node.js thumbnailer drains (batching window, max concurrency,
// batch item failures); it reads incoming/* and writes to a thumbnails bucket (CORS, lifecycle
// transition) whose name is in its environment; alarms on the dead-letter queue's depth, the
// buffer's oldest message and the function's errors notify an alerts topic (e-mail); outputs.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const targets = require('aws-cdk-lib/aws-events-targets');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Thumbnailer', {
  description: 'Upload thumbnailer (CloudTrail -> SQS -> Lambda)',
});

const uploads = new s3.Bucket(stack, 'Uploads', {
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  versioned: true,
  lifecycleRules: [
    { id: 'expire-incoming', prefix: 'incoming/', expiration: cdk.Duration.days(30) },
    { abortIncompleteMultipartUploadAfter: cdk.Duration.days(1) },
  ],
});
const thumbs = new s3.Bucket(stack, 'Thumbnails', {
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  cors: [{
    allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD],
    allowedOrigins: ['https://app.example.com'],
    maxAge: 3600,
  }],
  lifecycleRules: [{
    transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(60) }],
  }],
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});

const dlq = new sqs.Queue(stack, 'BufferDLQ', {
  retentionPeriod: cdk.Duration.days(14),
  encryption: sqs.QueueEncryption.SQS_MANAGED,
});
const buffer = new sqs.Queue(stack, 'Buffer', {
  visibilityTimeout: cdk.Duration.minutes(3),
  encryption: sqs.QueueEncryption.SQS_MANAGED,
  deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
});

uploads.onCloudTrailPutObject('OnUpload', {
  description: 'New uploads under incoming/',
  paths: ['incoming/'],
  target: new targets.SqsQueue(buffer, { retryAttempts: 4, maxEventAge: cdk.Duration.hours(2) }),
});

const fn = new lambda.Function(stack, 'ThumbnailFn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'src')),
  memorySize: 1536,
  timeout: cdk.Duration.seconds(30),
  ephemeralStorageSize: cdk.Size.gibibytes(2),
  environment: {
    THUMBS_BUCKET: thumbs.bucketName,
    SIZES: '128,256,512',
  },
  tracing: lambda.Tracing.ACTIVE,
  logGroup: new logs.LogGroup(stack, 'ThumbnailLogs', {
    retention: logs.RetentionDays.TWO_WEEKS,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  }),
});
fn.addEventSource(new sources.SqsEventSource(buffer, {
  batchSize: 5,
  maxBatchingWindow: cdk.Duration.seconds(10),
  reportBatchItemFailures: true,
  maxConcurrency: 10,
}));
uploads.grantRead(fn, 'incoming/*');
thumbs.grantPut(fn);

const alerts = new sns.Topic(stack, 'Alerts', { displayName: 'Thumbnailer alerts' });
alerts.addSubscription(new subs.EmailSubscription('oncall@example.com'));
const notify = new actions.SnsAction(alerts);

const dlqAlarm = dlq.metricApproximateNumberOfMessagesVisible({ period: cdk.Duration.minutes(1) })
  .createAlarm(stack, 'DlqNotEmpty', {
    threshold: 0,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    alarmDescription: 'Uploads failed five times',
  });
dlqAlarm.addAlarmAction(notify);
const ageAlarm = new cloudwatch.Alarm(stack, 'BufferBacklog', {
  metric: buffer.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum' }),
  threshold: 600,
  evaluationPeriods: 3,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});
ageAlarm.addAlarmAction(notify);
ageAlarm.addOkAction(notify);
fn.metricErrors({ period: cdk.Duration.minutes(5) }).createAlarm(stack, 'ThumbnailErrors', {
  threshold: 5,
  evaluationPeriods: 2,
  datapointsToAlarm: 2,
}).addAlarmAction(notify);

new cdk.CfnOutput(stack, 'UploadsBucket', { value: uploads.bucketName });
new cdk.CfnOutput(stack, 'ThumbnailsBucket', { value: thumbs.bucketName, exportName: 'ThumbnailsBucketName' });
app.synth();

// Conformance case 'user-chat-moderation': an app as a CDK user writes it, not shaped to a feature:
// chat messages arrive on a KMS-encrypted on-demand Kinesis stream; a signed (code signing config
// with a signer profile, ENFORCE) and CodeGuru-profiled moderator reads it through an enhanced
// fan-out consumer (filtered to chat messages, failed batches to an S3 bucket), logs into its own
// log group with a metric filter, and publishes flagged messages to a topic; a trust-and-safety
// queue subscribes (raw delivery, severity filter) and an escalation function is subscribed through
// SnsEventSource with async retries and an SQS on-failure destination; alarms on the consumer's
// iterator age and the flagged count; an output.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');
const signer = require('aws-cdk-lib/aws-signer');
const codeguru = require('aws-cdk-lib/aws-codeguruprofiler');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ChatModeration', {
  tags: { team: 'trust-and-safety' },
});

const streamKey = new kms.Key(stack, 'StreamKey', {
  description: 'Chat message stream',
  enableKeyRotation: true,
});
const messages = new kinesis.Stream(stack, 'Messages', {
  streamMode: kinesis.StreamMode.ON_DEMAND,
  encryption: kinesis.StreamEncryption.KMS,
  encryptionKey: streamKey,
  retentionPeriod: cdk.Duration.hours(48),
});
const consumer = new kinesis.StreamConsumer(stack, 'ModeratorConsumer', {
  stream: messages,
  streamConsumerName: 'moderator',
});

const signingProfile = new signer.SigningProfile(stack, 'ReleaseSigning', {
  platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA,
  signatureValidity: cdk.Duration.days(365),
});
const codeSigning = new lambda.CodeSigningConfig(stack, 'CodeSigning', {
  signingProfiles: [signingProfile],
  untrustedArtifactOnDeployment: lambda.UntrustedArtifactOnDeployment.ENFORCE,
  description: 'Only release-signed moderation code',
});
const profiling = new codeguru.ProfilingGroup(stack, 'ModeratorProfiling', {
  computePlatform: codeguru.ComputePlatform.AWS_LAMBDA,
});

const failedBatches = new s3.Bucket(stack, 'FailedBatches', {
  enforceSSL: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  lifecycleRules: [{ expiration: cdk.Duration.days(30) }],
});
const flagged = new sns.Topic(stack, 'FlaggedMessages', { displayName: 'Flagged chat messages' });

const moderatorLogs = new logs.LogGroup(stack, 'ModeratorLogs', {
  retention: logs.RetentionDays.ONE_MONTH,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const moderator = new lambda.Function(stack, 'Moderator', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'handler.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'moderator')),
  description: 'Scores chat messages and flags abusive ones',
  memorySize: 1769,
  timeout: cdk.Duration.minutes(1),
  reservedConcurrentExecutions: 20,
  codeSigningConfig: codeSigning,
  profilingGroup: profiling,
  logGroup: moderatorLogs,
  environment: { FLAGGED_TOPIC_ARN: flagged.topicArn, BLOCK_THRESHOLD: '0.85' },
});
flagged.grantPublish(moderator);
moderator.addEventSource(new sources.KinesisConsumerEventSource(consumer, {
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 200,
  maxBatchingWindow: cdk.Duration.seconds(2),
  parallelizationFactor: 4,
  retryAttempts: 5,
  maxRecordAge: cdk.Duration.hours(6),
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  onFailure: new sources.S3OnFailureDestination(failedBatches),
  filters: [lambda.FilterCriteria.filter({ data: { kind: lambda.FilterRule.isEqual('chat') } })],
}));

const flaggedCount = new logs.MetricFilter(stack, 'FlaggedCount', {
  logGroup: moderatorLogs,
  filterPattern: logs.FilterPattern.stringValue('$.decision', '=', 'FLAGGED'),
  metricNamespace: 'ChatModeration',
  metricName: 'FlaggedMessages',
  metricValue: '1',
  defaultValue: 0,
});

const reviewQueue = new sqs.Queue(stack, 'TrustAndSafetyReview', {
  visibilityTimeout: cdk.Duration.minutes(15),
  retentionPeriod: cdk.Duration.days(7),
});
flagged.addSubscription(new subscriptions.SqsSubscription(reviewQueue, {
  rawMessageDelivery: true,
  filterPolicy: {
    severity: sns.SubscriptionFilter.stringFilter({ allowlist: ['high', 'critical'] }),
  },
}));

const escalationFailures = new sqs.Queue(stack, 'EscalationFailures', { retentionPeriod: cdk.Duration.days(14) });
const escalate = new lambda.Function(stack, 'Escalate', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  timeout: cdk.Duration.seconds(20),
  retryAttempts: 1,
  maxEventAge: cdk.Duration.hours(1),
  onFailure: new destinations.SqsDestination(escalationFailures),
});
escalate.addEventSource(new sources.SnsEventSource(flagged, {
  filterPolicy: {
    severity: sns.SubscriptionFilter.stringFilter({ allowlist: ['critical'] }),
    repeatOffender: sns.SubscriptionFilter.existsFilter(),
  },
}));

new cloudwatch.Alarm(stack, 'ConsumerLagging', {
  metric: messages.metricGetRecordsIteratorAgeMilliseconds({ statistic: 'Maximum', period: cdk.Duration.minutes(1) }),
  threshold: 60000,
  evaluationPeriods: 5,
  alarmDescription: 'The moderator is more than a minute behind',
});
flaggedCount.metric({ statistic: 'Sum' }).createAlarm(stack, 'FlaggedSpike', {
  threshold: 100,
  evaluationPeriods: 1,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});

new cdk.CfnOutput(stack, 'MessagesStreamArn', { value: messages.streamArn, exportName: 'ChatMessagesStreamArn' });
app.synth();

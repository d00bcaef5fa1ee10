// Conformance case 'user-media-transcode': an app as a CDK user writes it, not shaped to a feature:
// a transcoder container image (ECR, pinned tag) as a large arm64 DockerImageFunction run by a
// rule on a custom event bus (detail filter, input transformed from event fields); results go to
// the bus through an EventBridge on-success destination (configureAsyncInvoke) and failures to a
// queue; the partner API key is an existing secret (fromSecretNameV2), the output bucket's name an
// SSM parameter read at deploy time; an AWS managed policy on the role; a dashboard and alarms;
// the bus archives completed uploads for 30 days.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const ecr = require('aws-cdk-lib/aws-ecr');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sqs = require('aws-cdk-lib/aws-sqs');
const iam = require('aws-cdk-lib/aws-iam');
const ssm = require('aws-cdk-lib/aws-ssm');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MediaTranscode', {
  env: { account: '444455556666', region: 'us-west-2' },
});

const repository = ecr.Repository.fromRepositoryName(stack, 'TranscoderRepo', 'media/transcoder');
const bus = new events.EventBus(stack, 'MediaEvents', { eventBusName: 'media-events' });
// completed uploads are kept for replays after a transcoder bug
bus.archive('UploadArchive', {
  eventPattern: { source: ['media.uploads'], detailType: ['Upload Completed'] },
  retention: cdk.Duration.days(30),
});
const failures = new sqs.Queue(stack, 'TranscodeFailures', {
  retentionPeriod: cdk.Duration.days(14),
  encryption: sqs.QueueEncryption.SQS_MANAGED,
});
const partnerKey = secretsmanager.Secret.fromSecretNameV2(stack, 'PartnerApiKey', 'media/partner-api-key');
const outputBucketName = ssm.StringParameter.valueForStringParameter(stack, '/media/output-bucket');

const transcoder = new lambda.DockerImageFunction(stack, 'Transcoder', {
  code: lambda.DockerImageCode.fromEcr(repository, { tagOrDigest: 'v1.4.2', cmd: ['app.handler'] }),
  architecture: lambda.Architecture.ARM_64,
  memorySize: 10240,
  ephemeralStorageSize: cdk.Size.gibibytes(10),
  timeout: cdk.Duration.minutes(15),
  reservedConcurrentExecutions: 10,
  description: 'Transcodes uploaded media into streaming renditions',
  environment: {
    OUTPUT_BUCKET: outputBucketName,
    PARTNER_KEY_ARN: partnerKey.secretArn,
    EVENT_BUS: bus.eventBusName,
  },
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.WARN,
});
transcoder.role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AWSXRayDaemonWriteAccess'));
partnerKey.grantRead(transcoder);
transcoder.addToRolePolicy(new iam.PolicyStatement({
  actions: ['s3:PutObject', 's3:PutObjectTagging'],
  resources: [`arn:aws:s3:::${outputBucketName}/renditions/*`],
}));
transcoder.configureAsyncInvoke({
  onSuccess: new destinations.EventBridgeDestination(bus),
  onFailure: new destinations.SqsDestination(failures),
  retryAttempts: 1,
  maxEventAge: cdk.Duration.hours(3),
});

new events.Rule(stack, 'UploadComplete', {
  eventBus: bus,
  description: 'Transcode every completed upload that is a video',
  eventPattern: {
    source: ['media.uploads'],
    detailType: ['Upload Completed'],
    detail: {
      contentType: events.Match.prefix('video/'),
      sizeBytes: events.Match.greaterThan(0),
    },
  },
  targets: [new targets.LambdaFunction(transcoder, {
    event: events.RuleTargetInput.fromObject({
      uploadId: events.EventField.fromPath('$.detail.uploadId'),
      key: events.EventField.fromPath('$.detail.key'),
      requestedAt: events.EventField.time,
    }),
    retryAttempts: 3,
    maxEventAge: cdk.Duration.hours(2),
    deadLetterQueue: failures,
  })],
});

const failureAge = new cloudwatch.Alarm(stack, 'FailuresWaiting', {
  metric: failures.metricApproximateAgeOfOldestMessage({ period: cdk.Duration.minutes(5) }),
  threshold: 3600,
  evaluationPeriods: 1,
});
const dashboard = new cloudwatch.Dashboard(stack, 'TranscodeDashboard', {
  dashboardName: 'media-transcode',
  defaultInterval: cdk.Duration.days(1),
});
dashboard.addWidgets(
  new cloudwatch.GraphWidget({
    title: 'Transcode duration',
    left: [transcoder.metricDuration({ statistic: 'p90' }), transcoder.metricDuration({ statistic: 'Maximum' })],
    width: 12,
  }),
  new cloudwatch.GraphWidget({
    title: 'Errors and failures',
    left: [transcoder.metricErrors()],
    right: [failures.metricApproximateNumberOfMessagesVisible()],
    width: 12,
  }),
);
dashboard.addWidgets(new cloudwatch.AlarmWidget({ title: 'Failures waiting', alarm: failureAge, width: 24 }));
app.synth();

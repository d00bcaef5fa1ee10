// Conformance case 'user-vpc-batch-workers': an app as a CDK user writes it, not shaped to one
// feature: a batch worker fleet in a VPC of its own (public, private-with-egress and isolated
// subnets, one NAT gateway) in one account/region. Workers run in the private subnets, read jobs
// from an SQS queue (batch size, batching window, max concurrency, partial batch responses; the
// queue redrives to a DLQ), mount an EFS access point and reach a database security group on
// 5432; a compactor runs in the isolated subnets without outbound traffic and mounts the same
// access point. The worker logs to its own log group (retention, a data-protection policy, a
// metric filter with an alarm); its current version backs a "live" alias with provisioned
// concurrency scaled on utilization and on a schedule. Alarms on errors, throttles and the
// queue's age and DLQ depth.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const logs = require('aws-cdk-lib/aws-logs');
const sqs = require('aws-cdk-lib/aws-sqs');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'BatchWorkers', {
  env: { account: '123456789012', region: 'us-west-2' },
  description: 'batch workers in a VPC',
});

const vpc = new ec2.Vpc(stack, 'Network', {
  ipAddresses: ec2.IpAddresses.cidr('10.40.0.0/16'),
  maxAzs: 2,
  natGateways: 1,
  subnetConfiguration: [
    { name: 'ingress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
    { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
    { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
  ],
});

const databaseSg = new ec2.SecurityGroup(stack, 'DatabaseSg', {
  vpc,
  description: 'the jobs database',
  allowAllOutbound: false,
});
const workerSg = new ec2.SecurityGroup(stack, 'WorkerSg', {
  vpc,
  description: 'batch workers',
});

const fileSystem = new efs.FileSystem(stack, 'Scratch', {
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  encrypted: true,
  performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
  throughputMode: efs.ThroughputMode.ELASTIC,
  lifecyclePolicy: efs.LifecyclePolicy.AFTER_14_DAYS,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const accessPoint = fileSystem.addAccessPoint('Jobs', {
  path: '/jobs',
  createAcl: { ownerUid: '1001', ownerGid: '1001', permissions: '750' },
  posixUser: { uid: '1001', gid: '1001' },
});

const deadLetters = new sqs.Queue(stack, 'JobsDlq', {
  retentionPeriod: cdk.Duration.days(14),
  encryption: sqs.QueueEncryption.SQS_MANAGED,
});
const jobs = new sqs.Queue(stack, 'Jobs', {
  visibilityTimeout: cdk.Duration.minutes(6),
  deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
  enforceSSL: true,
});

const workerLogs = new logs.LogGroup(stack, 'WorkerLogs', {
  retention: logs.RetentionDays.ONE_MONTH,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  dataProtectionPolicy: new logs.DataProtectionPolicy({
    name: 'batch-pii',
    identifiers: [
      logs.DataIdentifier.EMAILADDRESS,
      logs.DataIdentifier.CREDITCARDNUMBER,
      new logs.CustomDataIdentifier('JobToken', 'jt-[0-9a-f]{32}'),
    ],
  }),
});

const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'batch.work',
  code: lambda.Code.fromAsset(path.join(__dirname, 'handlers')),
  memorySize: 2048,
  timeout: cdk.Duration.minutes(1),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  securityGroups: [workerSg],
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/jobs'),
  logGroup: workerLogs,
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
  systemLogLevelV2: lambda.SystemLogLevel.WARN,
  environment: { SCRATCH: '/mnt/jobs', DB_PORT: '5432' },
  ephemeralStorageSize: cdk.Size.gibibytes(2),
});
worker.connections.allowTo(databaseSg, ec2.Port.tcp(5432), 'workers to the jobs database');
worker.addEventSource(new sources.SqsEventSource(jobs, {
  batchSize: 20,
  maxBatchingWindow: cdk.Duration.seconds(10),
  maxConcurrency: 5,
  reportBatchItemFailures: true,
}));

const live = new lambda.Alias(stack, 'WorkerLive', {
  aliasName: 'live',
  version: worker.currentVersion,
  provisionedConcurrentExecutions: 2,
});
const scaling = live.addAutoScaling({ minCapacity: 2, maxCapacity: 20 });
scaling.scaleOnUtilization({ utilizationTarget: 0.7 });
scaling.scaleOnSchedule('NightlyBatch', {
  schedule: appscaling.Schedule.cron({ hour: '1', minute: '0' }),
  minCapacity: 10,
});
scaling.scaleOnSchedule('Daytime', {
  schedule: appscaling.Schedule.cron({ hour: '6', minute: '30' }),
  minCapacity: 2,
});

const compactor = new lambda.Function(stack, 'Compactor', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'batch.compact',
  code: lambda.Code.fromAsset(path.join(__dirname, 'handlers')),
  timeout: cdk.Duration.minutes(5),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  allowAllOutbound: false,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/jobs'),
  reservedConcurrentExecutions: 1,
  logGroup: new logs.LogGroup(stack, 'CompactorLogs', { retention: logs.RetentionDays.ONE_WEEK }),
});
compactor.connections.allowTo(databaseSg, ec2.Port.tcp(5432));

const failures = workerLogs.addMetricFilter('JobFailures', {
  filterPattern: logs.FilterPattern.stringValue('$.level', '=', 'ERROR'),
  metricNamespace: 'Batch',
  metricName: 'JobFailures',
  metricValue: '1',
  defaultValue: 0,
});
failures.metric({ statistic: 'Sum', period: cdk.Duration.minutes(5) }).createAlarm(stack, 'JobFailuresAlarm', {
  threshold: 10,
  evaluationPeriods: 2,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});

new cloudwatch.Alarm(stack, 'WorkerErrors', {
  metric: live.metricErrors({ period: cdk.Duration.minutes(1) }),
  threshold: 5,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
});
worker.metricThrottles().createAlarm(stack, 'WorkerThrottles', { threshold: 1, evaluationPeriods: 1 });
jobs.metricApproximateAgeOfOldestMessage({ period: cdk.Duration.minutes(5), statistic: 'Maximum' })
  .createAlarm(stack, 'JobsBacklog', { threshold: 900, evaluationPeriods: 3, alarmDescription: 'jobs waiting > 15 min' });
deadLetters.metricApproximateNumberOfMessagesVisible().createAlarm(stack, 'DeadLetters', {
  threshold: 0,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
  evaluationPeriods: 1,
});

new cdk.CfnOutput(stack, 'JobsQueueUrl', { value: jobs.queueUrl });
new cdk.CfnOutput(stack, 'LiveAliasArn', { value: live.functionArn });
app.synth();

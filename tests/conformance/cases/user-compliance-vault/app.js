// Conformance case 'user-compliance-vault': an app as a CDK user writes it, not shaped to a
// feature: a records vault kept for seven years, in a stack pinned to one account and region with
// termination protection. A rotated KMS key (rotation period, pending window, an alias) encrypts a
// versioned records bucket with object lock (GOVERNANCE default retention, rewritten in years
// through an escape hatch), bucket keys, TLS 1.2, partitioned access logs to a logs bucket, daily
// inventories of the lock fields, lifecycle rules (archive tiers, noncurrent versions, a scratch
// prefix, tag-filtered expiry) and a policy that denies bypassing governance retention but to the
// compliance officer. A nightly auditor (cron, a constant input) logs to a KMS-encrypted group kept
// ten years, may read lock state under a condition, and two alarms (errors, no run) tell an
// encrypted topic, which also hears delete markers. Tags (some only on buckets and keys), exports.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const sns = require('aws-cdk-lib/aws-sns');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');
const lambda = require('aws-cdk-lib/aws-lambda');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'RecordsVault', { env: { account: '444455556666', region: 'eu-central-1' }, terminationProtection: true });
cdk.Tags.of(stack).add('compliance', 'sec17a-4');
cdk.Tags.of(stack).add('data-class', 'restricted', { includeResourceTypes: ['AWS::S3::Bucket', 'AWS::KMS::Key'] });

const key = new kms.Key(stack, 'VaultKey', { description: 'records vault', rotationPeriod: cdk.Duration.days(180), pendingWindow: cdk.Duration.days(30) });
key.addAlias('alias/records-vault');
key.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`));
key.grant(new iam.ServicePrincipal('s3.amazonaws.com'), 'kms:GenerateDataKey*', 'kms:Decrypt');

const accessLogs = new s3.Bucket(stack, 'AccessLogs', {
  encryption: s3.BucketEncryption.S3_MANAGED, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true,
  lifecycleRules: [{ id: 'expire-logs', expiration: cdk.Duration.days(400) }],
});
const records = new s3.Bucket(stack, 'Records', {
  versioned: true, encryption: s3.BucketEncryption.KMS, encryptionKey: key, bucketKeyEnabled: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true, minimumTLSVersion: 1.2,
  objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(2555)),
  serverAccessLogsBucket: accessLogs, serverAccessLogsPrefix: 'records/',
  targetObjectKeyFormat: s3.TargetObjectKeyFormat.partitionedPrefix(s3.PartitionDateSource.EVENT_TIME),
  inventories: [{
    destination: { bucket: accessLogs, prefix: 'inventory' },
    frequency: s3.InventoryFrequency.DAILY, includeObjectVersions: s3.InventoryObjectVersion.ALL,
    optionalFields: ['ObjectLockMode', 'ObjectLockRetainUntilDate', 'ObjectLockLegalHoldStatus'],
  }],
  lifecycleRules: [
    {
      id: 'archive',
      transitions: [
        { storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: cdk.Duration.days(90) },
        { storageClass: s3.StorageClass.DEEP_ARCHIVE, transitionAfter: cdk.Duration.days(365) },
      ],
      noncurrentVersionTransitions: [
        { storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(30), noncurrentVersionsToRetain: 3 },
      ],
      noncurrentVersionExpiration: cdk.Duration.days(3650),
    },
    { id: 'scratch', prefix: 'scratch/', expiration: cdk.Duration.days(7), abortIncompleteMultipartUploadAfter: cdk.Duration.days(1) },
    { id: 'drafts', tagFilters: { stage: 'draft', owner: 'ingest' }, expiration: cdk.Duration.days(30) },
  ],
});
// The team files retention in years, as their auditors read it.
const cfnRecords = records.node.defaultChild;
cfnRecords.addPropertyOverride('ObjectLockConfiguration.Rule.DefaultRetention.Years', 7);
cfnRecords.addPropertyDeletionOverride('ObjectLockConfiguration.Rule.DefaultRetention.Days');
records.addToResourcePolicy(new iam.PolicyStatement({
  effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()],
  actions: ['s3:BypassGovernanceRetention'], resources: [records.arnForObjects('*')],
  conditions: { ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${stack.account}:role/ComplianceOfficer` } },
}));

const alerts = new sns.Topic(stack, 'ComplianceAlerts', { displayName: 'Records vault alerts', masterKey: key });
alerts.addToResourcePolicy(new iam.PolicyStatement({
  principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')], actions: ['sns:Publish'], resources: [alerts.topicArn],
}));
records.addEventNotification(s3.EventType.OBJECT_REMOVED_DELETE_MARKER_CREATED, new s3n.SnsDestination(alerts));

const auditLogs = new logs.LogGroup(stack, 'AuditorLogs', { retention: logs.RetentionDays.TEN_YEARS, encryptionKey: key });
const auditor = new lambda.Function(stack, 'RetentionAuditor', {
  runtime: lambda.Runtime.PYTHON_3_13, handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"checked": 0}\n'),
  timeout: cdk.Duration.minutes(10), memorySize: 512, logGroup: auditLogs,
  environment: { RECORDS_BUCKET: records.bucketName, MIN_RETENTION_DAYS: '2555' },
  environmentEncryption: key,
});
records.grantRead(auditor);
auditor.addToRolePolicy(new iam.PolicyStatement({
  actions: ['s3:GetObjectRetention', 's3:GetObjectLegalHold', 's3:GetBucketObjectLockConfiguration'],
  resources: [records.bucketArn, records.arnForObjects('*')],
  conditions: { StringEquals: { 's3:ResourceAccount': stack.account } },
}));
new events.Rule(stack, 'NightlyAudit', {
  schedule: events.Schedule.cron({ minute: '30', hour: '2' }),
  targets: [new targets.LambdaFunction(auditor, {
    event: events.RuleTargetInput.fromObject({ mode: 'full', bucket: records.bucketName }),
    retryAttempts: 0,
  })],
});

const notify = new actions.SnsAction(alerts);
auditor.metricErrors({ period: cdk.Duration.hours(1) }).createAlarm(stack, 'AuditFailed', {
  threshold: 1, evaluationPeriods: 1, treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  alarmDescription: 'the retention audit failed',
}).addAlarmAction(notify);
const noRun = new cloudwatch.Alarm(stack, 'AuditDidNotRun', {
  metric: auditor.metricInvocations({ period: cdk.Duration.days(1), statistic: cloudwatch.Stats.SAMPLE_COUNT }),
  threshold: 1, evaluationPeriods: 1, comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
  treatMissingData: cloudwatch.TreatMissingData.BREACHING,
});
noRun.addAlarmAction(notify);
noRun.addOkAction(notify);

new cdk.CfnOutput(stack, 'RecordsBucketName', { value: records.bucketName, exportName: 'RecordsVault-Bucket' });
new cdk.CfnOutput(stack, 'VaultKeyArn', { value: key.keyArn, exportName: 'RecordsVault-KeyArn' });
app.synth();

// Conformance case 'user-ledger-stream-chain': an app as a CDK user writes it, not shaped to a
// feature: payment events arrive on a KMS-encrypted provisioned Kinesis stream; an ingest function
// (batching, bisect, retries, parallelization, failed batches to an SNS topic) writes them into a
// global TableV2 (a replica, GSI, TTL, PITR); the table's stream feeds a projector filtered to
// settled or refunded payments that writes statements to a versioned bucket; a dashboard and
// alarms watch the chain.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const iam = require('aws-cdk-lib/aws-iam');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LedgerChain', { env: { account: '123456789012', region: 'eu-west-1' } });

const key = new kms.Key(stack, 'LedgerKey', { enableKeyRotation: true, alias: 'alias/ledger' });
const payments = new kinesis.Stream(stack, 'Payments', {
  streamMode: kinesis.StreamMode.PROVISIONED,
  shardCount: 2,
  retentionPeriod: cdk.Duration.hours(48),
  encryption: kinesis.StreamEncryption.KMS,
  encryptionKey: key,
});
const ledger = new dynamodb.TableV2(stack, 'Ledger', {
  partitionKey: { name: 'accountId', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'txnId', type: dynamodb.AttributeType.STRING },
  dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  timeToLiveAttribute: 'expiresAt',
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 14 },
  globalSecondaryIndexes: [{
    indexName: 'byStatus',
    partitionKey: { name: 'status', type: dynamodb.AttributeType.STRING },
    sortKey: { name: 'createdAt', type: dynamodb.AttributeType.NUMBER },
    projectionType: dynamodb.ProjectionType.KEYS_ONLY,
  }],
  replicas: [{ region: 'eu-central-1' }],
});
const failedBatches = new sns.Topic(stack, 'FailedBatches');
const ingest = new lambda.Function(stack, 'Ingest', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'ingest.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"batchItemFailures": []}\n'),
  memorySize: 1024,
  timeout: cdk.Duration.seconds(120),
  environment: { LEDGER_TABLE: ledger.tableName },
  environmentEncryption: key,
});
ingest.addEventSource(new sources.KinesisEventSource(payments, {
  startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
  startingPositionTimestamp: 1767225600,
  batchSize: 200,
  maxBatchingWindow: cdk.Duration.seconds(5),
  bisectBatchOnError: true,
  retryAttempts: 3,
  maxRecordAge: cdk.Duration.hours(1),
  parallelizationFactor: 2,
  reportBatchItemFailures: true,
  onFailure: new sources.SnsDlq(failedBatches),
  metricsConfig: { metrics: [lambda.MetricType.EVENT_COUNT] },
}));
ledger.grantWriteData(ingest);

const statements = new s3.Bucket(stack, 'Statements', {
  versioned: true,
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: key,
  enforceSSL: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  lifecycleRules: [{ noncurrentVersionExpiration: cdk.Duration.days(90) }],
});
const projectionFailures = new sqs.Queue(stack, 'ProjectionFailures', {
  retentionPeriod: cdk.Duration.days(14),
  encryption: sqs.QueueEncryption.KMS_MANAGED,
});
const projector = new lambda.Function(stack, 'Projector', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'projector.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  timeout: cdk.Duration.seconds(60),
  environment: { STATEMENTS_BUCKET: statements.bucketName },
});
projector.addEventSource(new sources.DynamoEventSource(ledger, {
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 50,
  retryAttempts: 2,
  onFailure: new sources.SqsDlq(projectionFailures),
  filters: [
    lambda.FilterCriteria.filter({
      eventName: lambda.FilterRule.isEqual('MODIFY'),
      dynamodb: {
        NewImage: {
          status: { S: lambda.FilterRule.or('SETTLED', 'REFUNDED') },
          amount: { N: lambda.FilterRule.between(1, 1000000) },
        },
        OldImage: { status: { S: lambda.FilterRule.notEquals('SETTLED') } },
      },
    }),
    lambda.FilterCriteria.filter({
      eventName: lambda.FilterRule.isEqual('REMOVE'),
      userIdentity: { type: lambda.FilterRule.isEqual('Service'), principalId: lambda.FilterRule.beginsWith('dynamodb') },
    }),
  ],
}));
statements.grantPut(projector, 'statements/*');
ledger.grantReadData(projector);
projector.addToRolePolicy(new iam.PolicyStatement({
  actions: ['cloudwatch:PutMetricData'],
  resources: ['*'],
  conditions: { StringEquals: { 'cloudwatch:namespace': 'Ledger' } },
}));

const iteratorAge = payments.metricGetRecordsIteratorAgeMilliseconds({ statistic: 'Maximum', period: cdk.Duration.minutes(1) });
new cloudwatch.Alarm(stack, 'IngestLagging', {
  metric: iteratorAge,
  threshold: 60000,
  evaluationPeriods: 5,
  datapointsToAlarm: 3,
});
const throttled = ledger.metricThrottledRequestsForOperations({
  operations: [dynamodb.Operation.PUT_ITEM, dynamodb.Operation.UPDATE_ITEM],
  period: cdk.Duration.minutes(5),
});
throttled.createAlarm(stack, 'LedgerThrottled', { threshold: 1, evaluationPeriods: 2 });
new cloudwatch.Dashboard(stack, 'ChainDashboard', {
  dashboardName: 'ledger-chain',
  widgets: [
    [
      new cloudwatch.GraphWidget({
        title: 'Ingest',
        left: [ingest.metricInvocations(), ingest.metricErrors()],
        right: [iteratorAge],
        width: 12,
      }),
      new cloudwatch.SingleValueWidget({
        title: 'Projector errors',
        metrics: [projector.metricErrors({ period: cdk.Duration.hours(1) })],
        width: 6,
      }),
    ],
  ],
});
new cdk.CfnOutput(stack, 'PaymentsStreamName', { value: payments.streamName });
app.synth();

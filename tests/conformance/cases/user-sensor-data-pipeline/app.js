// Conformance case 'user-sensor-data-pipeline': an app as a user writes it: sensor readings in a
// provisioned Kinesis stream (3 shards, a week of retention, managed encryption) aggregated in
// 5-minute tumbling windows (LATEST, parallelization, retries, failed batches to an SQS queue) into
// a TableV2 (sort key, NEW_AND_OLD_IMAGES stream, a GSI, TTL, PITR, on-demand max throughput); the
// table's stream feeds a publisher that only sees INSERTs of critical readings and MODIFYs
// (filters, TRIM_HORIZON, SNS on failure); it puts events on a custom bus with an archive (a
// pattern, retention) and two rules: critical readings to an escalation function (retries, an SQS
// dead-letter queue) and every reading event to a queue with a message group (FIFO); outputs.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'SensorPipeline');

const readings = new kinesis.Stream(stack, 'Readings', {
  shardCount: 3,
  retentionPeriod: cdk.Duration.days(7),
  encryption: kinesis.StreamEncryption.MANAGED,
});

const rollups = new dynamodb.TableV2(stack, 'Rollups', {
  partitionKey: { name: 'sensorId', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'windowStart', type: dynamodb.AttributeType.NUMBER },
  dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  billing: dynamodb.Billing.onDemand({ maxReadRequestUnits: 500, maxWriteRequestUnits: 200 }),
  timeToLiveAttribute: 'expiresAt',
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  globalSecondaryIndexes: [{
    indexName: 'bySite',
    partitionKey: { name: 'siteId', type: dynamodb.AttributeType.STRING },
    sortKey: { name: 'windowStart', type: dynamodb.AttributeType.NUMBER },
    projectionType: dynamodb.ProjectionType.KEYS_ONLY,
  }],
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const failedBatches = new sqs.Queue(stack, 'FailedBatches', { retentionPeriod: cdk.Duration.days(14) });
const publishFailures = new sns.Topic(stack, 'PublishFailures');
const code = lambda.Code.fromAsset(path.join(__dirname, 'functions'));

const aggregator = new lambda.Function(stack, 'Aggregator', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'pipeline.aggregate',
  code,
  timeout: cdk.Duration.minutes(2),
  environment: { TABLE_NAME: rollups.tableName },
});
aggregator.addEventSource(new sources.KinesisEventSource(readings, {
  startingPosition: lambda.StartingPosition.LATEST,
  batchSize: 500,
  tumblingWindow: cdk.Duration.minutes(5),
  parallelizationFactor: 2,
  retryAttempts: 3,
  onFailure: new sources.SqsDlq(failedBatches),
}));
rollups.grantWriteData(aggregator);

const bus = new events.EventBus(stack, 'SensorBus', { eventBusName: 'sensor-events' });
bus.archive('ReadingArchive', {
  archiveName: 'sensor-readings',
  description: 'a month of reading events for replay',
  eventPattern: { source: ['sensors.pipeline'] },
  retention: cdk.Duration.days(30),
});

const publisher = new lambda.Function(stack, 'Publisher', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'pipeline.publish',
  code,
  environment: { BUS_NAME: bus.eventBusName },
});
publisher.addEventSource(new sources.DynamoEventSource(rollups, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 50,
  maxBatchingWindow: cdk.Duration.seconds(2),
  bisectBatchOnError: true,
  onFailure: new sources.SnsDlq(publishFailures),
  filters: [
    lambda.FilterCriteria.filter({
      eventName: lambda.FilterRule.isEqual('INSERT'),
      dynamodb: { NewImage: { level: { S: lambda.FilterRule.isEqual('critical') } } },
    }),
    lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('MODIFY') }),
  ],
}));
bus.grantPutEventsTo(publisher);

const escalation = new lambda.Function(stack, 'Escalation', {
  runtime: lambda.Runtime.PYTHON_3_13,
  handler: 'pipeline.escalate',
  code,
});
const escalationDlq = new sqs.Queue(stack, 'EscalationDlq');
new events.Rule(stack, 'CriticalReadings', {
  eventBus: bus,
  description: 'critical sensor readings',
  eventPattern: {
    source: ['sensors.pipeline'],
    detailType: ['Reading'],
    detail: { level: ['critical'], value: [{ numeric: ['>=', 90] }] },
  },
  targets: [new targets.LambdaFunction(escalation, {
    retryAttempts: 2,
    maxEventAge: cdk.Duration.hours(2),
    deadLetterQueue: escalationDlq,
  })],
});

const audit = new sqs.Queue(stack, 'ReadingAudit', {
  fifo: true,
  contentBasedDeduplication: true,
});
const allReadings = new events.Rule(stack, 'AllReadings', {
  eventBus: bus,
  eventPattern: { source: ['sensors.pipeline'], detailType: events.Match.prefix('Reading') },
});
allReadings.addTarget(new targets.SqsQueue(audit, {
  messageGroupId: 'readings',
  message: events.RuleTargetInput.fromEventPath('$.detail'),
}));

new cdk.CfnOutput(stack, 'StreamName', { value: readings.streamName });
new cdk.CfnOutput(stack, 'BusArn', { value: bus.eventBusArn });
app.synth();

// Conformance case 'user-stream-analytics': an app as a CDK user writes it, not shaped to a feature:
// a shared stack holds a customer-managed key, a Python layer and an event bus; a processing stack
// reads a KMS-encrypted Kinesis stream with a SnapStart function (environment encrypted with the
// shared key, the layer attached), publishes through an alias with provisioned concurrency that
// scales on utilization, is also triggered by events on the shared bus, and alarms on throttles.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sqs = require('aws-cdk-lib/aws-sqs');
const ssm = require('aws-cdk-lib/aws-ssm');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const shared = new cdk.Stack(app, 'AnalyticsShared');
const key = new kms.Key(shared, 'DataKey', { enableKeyRotation: true, alias: 'alias/analytics-data' });
const layer = new lambda.LayerVersion(shared, 'Enrichment', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.PYTHON_3_12],
  compatibleArchitectures: [lambda.Architecture.ARM_64],
  description: 'record enrichment helpers',
});
const bus = new events.EventBus(shared, 'Bus', { eventBusName: 'analytics' });
const threshold = new ssm.StringParameter(shared, 'Threshold', { parameterName: '/analytics/threshold', stringValue: '42' });

const processing = new cdk.Stack(app, 'AnalyticsProcessing');
const stream = new kinesis.Stream(processing, 'Clicks', {
  shardCount: 2,
  encryption: kinesis.StreamEncryption.KMS,
  encryptionKey: key,
  retentionPeriod: cdk.Duration.hours(48),
});
const failures = new sqs.Queue(processing, 'Failures', { retentionPeriod: cdk.Duration.days(14) });

const fn = new lambda.Function(processing, 'Aggregator', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'app.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return len(event.get("Records", []))\n'),
  memorySize: 1024,
  timeout: cdk.Duration.minutes(2),
  layers: [layer],
  environment: { THRESHOLD_PARAM: threshold.parameterName, BUS_NAME: bus.eventBusName },
  environmentEncryption: key,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  tracing: lambda.Tracing.ACTIVE,
  description: 'aggregates click records',
});
threshold.grantRead(fn);
bus.grantPutEventsTo(fn);

fn.addEventSource(new sources.KinesisEventSource(stream, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 500,
  maxBatchingWindow: cdk.Duration.seconds(10),
  parallelizationFactor: 2,
  retryAttempts: 3,
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  tumblingWindow: cdk.Duration.seconds(60),
  onFailure: new sources.SqsDlq(failures),
  filters: [lambda.FilterCriteria.filter({ data: { kind: lambda.FilterRule.isEqual('click') } })],
}));

const live = new lambda.Alias(processing, 'Live', {
  aliasName: 'live',
  version: fn.currentVersion,
  provisionedConcurrentExecutions: 2,
});
const scaling = live.addAutoScaling({ minCapacity: 2, maxCapacity: 20 });
scaling.scaleOnUtilization({ utilizationTarget: 0.7 });

new events.Rule(processing, 'OnThresholdChange', {
  eventBus: bus,
  eventPattern: { source: ['analytics.config'], detailType: ['ThresholdChanged'] },
  targets: [new targets.LambdaFunction(live, { retryAttempts: 2, maxEventAge: cdk.Duration.hours(1) })],
});

new cloudwatch.Alarm(processing, 'Throttled', {
  metric: live.metricThrottles({ period: cdk.Duration.minutes(1) }),
  threshold: 1,
  evaluationPeriods: 3,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});

new cdk.CfnOutput(processing, 'AliasArn', { value: live.functionArn });
app.synth();

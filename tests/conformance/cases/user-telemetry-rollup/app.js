// Conformance case 'user-telemetry-rollup': an app as a CDK user writes it, not shaped to a feature:
// IoT-style telemetry rollups in two stacks. The data stack holds a Kinesis stream of device
// readings (shared with an analytics account through its resource policy) and a provisioned
// DynamoDB table that auto-scales; the compute stack rolls readings up per one-minute tumbling
// window, compacts the table on a schedule, and forwards anomaly log lines to a notifier through a
// subscription filter.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const logs = require('aws-cdk-lib/aws-logs');
const logDestinations = require('aws-cdk-lib/aws-logs-destinations');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

class TelemetryDataStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.readings = new kinesis.Stream(this, 'DeviceReadings', {
      shardCount: 4,
      retentionPeriod: cdk.Duration.hours(48),
      encryption: kinesis.StreamEncryption.MANAGED,
    });
    this.readings.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AnalyticsAccountRead',
      principals: [new iam.AccountPrincipal('444455556666')],
      actions: ['kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'],
      resources: [this.readings.streamArn],
    }));

    this.rollups = new dynamodb.Table(this, 'Rollups', {
      partitionKey: { name: 'deviceId', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'windowStart', type: dynamodb.AttributeType.NUMBER },
      billingMode: dynamodb.BillingMode.PROVISIONED,
      readCapacity: 5,
      writeCapacity: 10,
      timeToLiveAttribute: 'expiresAt',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: cdk.RemovalPolicy.RETAIN,
    });
    this.rollups.autoScaleWriteCapacity({ minCapacity: 10, maxCapacity: 200 })
      .scaleOnUtilization({ targetUtilizationPercent: 70 });
    this.rollups.autoScaleReadCapacity({ minCapacity: 5, maxCapacity: 50 })
      .scaleOnUtilization({ targetUtilizationPercent: 60, scaleInCooldown: cdk.Duration.minutes(5) });

    this.rollups.addGlobalSecondaryIndex({
      indexName: 'byRegion',
      partitionKey: { name: 'region', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'windowStart', type: dynamodb.AttributeType.NUMBER },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
      readCapacity: 5,
      writeCapacity: 5,
    });
    this.rollups.autoScaleGlobalSecondaryIndexWriteCapacity('byRegion', { minCapacity: 5, maxCapacity: 50 })
      .scaleOnUtilization({ targetUtilizationPercent: 75 });

    new cdk.CfnOutput(this, 'ReadingsStreamArn', { value: this.readings.streamArn, exportName: 'TelemetryReadingsStreamArn' });
  }
}

class TelemetryComputeStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const { readings, rollups } = props;

    const rollupLogs = new logs.LogGroup(this, 'RollupLogs', {
      retention: logs.RetentionDays.TWO_WEEKS,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    const failedBatches = new sqs.Queue(this, 'FailedBatches', { retentionPeriod: cdk.Duration.days(7) });

    const rollup = new lambda.Function(this, 'Rollup', {
      runtime: lambda.Runtime.PYTHON_3_12,
      architecture: lambda.Architecture.ARM_64,
      handler: 'rollup.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return {"state": event.get("state", {})}\n'),
      memorySize: 512,
      timeout: cdk.Duration.seconds(60),
      environment: { TABLE_NAME: rollups.tableName, WINDOW_SECONDS: '60' },
      logGroup: rollupLogs,
      loggingFormat: lambda.LoggingFormat.JSON,
    });
    rollup.addEventSource(new sources.KinesisEventSource(readings, {
      startingPosition: lambda.StartingPosition.LATEST,
      batchSize: 500,
      maxBatchingWindow: cdk.Duration.seconds(10),
      tumblingWindow: cdk.Duration.seconds(60),
      parallelizationFactor: 4,
      bisectBatchOnError: true,
      retryAttempts: 3,
      maxRecordAge: cdk.Duration.hours(1),
      reportBatchItemFailures: true,
      onFailure: new sources.SqsDlq(failedBatches),
      filters: [lambda.FilterCriteria.filter({
        data: { kind: lambda.FilterRule.isEqual('reading'), temperature: lambda.FilterRule.between(-40, 85) },
      })],
    }));
    rollups.grantReadWriteData(rollup);

    const compactor = new lambda.Function(this, 'Compactor', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'compact.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return {"mode": event["mode"]}\n'),
      timeout: cdk.Duration.minutes(10),
      memorySize: 1024,
      reservedConcurrentExecutions: 1,
      environment: { TABLE_NAME: rollups.tableName },
    });
    rollups.grantReadWriteData(compactor);
    new events.Rule(this, 'CompactEverySixHours', {
      schedule: events.Schedule.cron({ minute: '15', hour: '*/6' }),
      description: 'Compacts telemetry rollups',
      targets: [new targets.LambdaFunction(compactor, {
        event: events.RuleTargetInput.fromObject({ mode: 'compact', table: rollups.tableName }),
        retryAttempts: 2,
        maxEventAge: cdk.Duration.hours(2),
      })],
    });

    const notifier = new lambda.Function(this, 'AnomalyNotifier', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ ok: true });'),
      timeout: cdk.Duration.seconds(30),
      environment: { CHANNEL: '#telemetry-alerts' },
    });
    rollupLogs.addSubscriptionFilter('Anomalies', {
      destination: new logDestinations.LambdaDestination(notifier),
      filterPattern: logs.FilterPattern.anyTerm('ANOMALY', 'OUT_OF_RANGE'),
    });

    const anomalies = rollupLogs.addMetricFilter('AnomalyCount', {
      filterPattern: logs.FilterPattern.stringValue('$.level', '=', 'ANOMALY'),
      metricNamespace: 'Telemetry',
      metricName: 'Anomalies',
      metricValue: '1',
      defaultValue: 0,
    });
    new cloudwatch.Alarm(this, 'AnomalySpike', {
      metric: anomalies.metric({ statistic: cloudwatch.Stats.SUM, period: cdk.Duration.minutes(5) }),
      threshold: 50,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    new cloudwatch.Alarm(this, 'StreamBacklog', {
      metric: readings.metricGetRecordsIteratorAgeMilliseconds({ period: cdk.Duration.minutes(1) }),
      threshold: 300000,
      evaluationPeriods: 3,
    });
    new cloudwatch.Alarm(this, 'RollupIteratorAge', {
      metric: rollup.metric('IteratorAge', { statistic: cloudwatch.Stats.MAXIMUM, period: cdk.Duration.minutes(1) }),
      threshold: 120000,
      evaluationPeriods: 5,
      alarmDescription: 'Rollups are falling behind the stream',
    });
    new cloudwatch.Alarm(this, 'WriteThrottles', {
      metric: rollups.metricThrottledRequestsForOperations({ operations: [dynamodb.Operation.PUT_ITEM, dynamodb.Operation.UPDATE_ITEM] }),
      threshold: 10,
      evaluationPeriods: 3,
    });
  }
}

// Another team's stack, as if in its own repository: it finds the stream by its export name.
class TelemetryAnalyticsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const readings = kinesis.Stream.fromStreamArn(this, 'Readings', cdk.Fn.importValue('TelemetryReadingsStreamArn'));
    const sampler = new lambda.Function(this, 'Sampler', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'sample.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
      timeout: cdk.Duration.seconds(30),
      ephemeralStorageSize: cdk.Size.mebibytes(1024),
    });
    sampler.addEventSource(new sources.KinesisEventSource(readings, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      enabled: false,
    }));
    const notifier = lambda.Function.fromFunctionName(this, 'Notifier', 'telemetry-anomaly-notifier');
    notifier.grantInvoke(sampler);
  }
}

const app = new cdk.App();
const data = new TelemetryDataStack(app, 'TelemetryData', { terminationProtection: true });
new TelemetryComputeStack(app, 'TelemetryCompute', { readings: data.readings, rollups: data.rollups });
const analytics = new TelemetryAnalyticsStack(app, 'TelemetryAnalytics');
analytics.addStackDependency(data);
cdk.Tags.of(app).add('team', 'iot-platform');
// the older way, straight into Aspects: unlike Tags.of under @aws-cdk/core:explicitStackTags, it tags the stacks too
cdk.Aspects.of(app).add(new cdk.Tag('cost-center', 'iot-42', { excludeResourceTypes: ['AWS::Logs::LogGroup'] }));
app.synth();

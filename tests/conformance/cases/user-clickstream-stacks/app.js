// Conformance case 'user-clickstream-stacks': an app as a CDK user writes it, not shaped to a
// feature: three stacks in one account and region. A data stack holds a customer-managed key and
// a table encrypted with it (with a stream); an ingest stack reads a Kinesis stream (bisecting
// failed batches, retries, a record age, failed batches to a queue) and writes the table; an
// analytics stack aggregates the table's stream (a filter on INSERTs) and runs a nightly report
// that reads the table and writes to a bucket. The table and key cross the stacks.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3 = require('aws-cdk-lib/aws-s3');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const env = { account: '123456789012', region: 'eu-west-1' };

class DataStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.key = new kms.Key(this, 'DataKey', {
      description: 'Encrypts the clickstream data',
      enableKeyRotation: true,
      alias: 'alias/clickstream',
    });
    this.table = new dynamodb.Table(this, 'Clicks', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      stream: dynamodb.StreamViewType.NEW_IMAGE,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 7 },
      deletionProtection: true,
    });
  }
}

class IngestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const stream = new kinesis.Stream(this, 'Clickstream', {
      shardCount: 2,
      retentionPeriod: cdk.Duration.hours(48),
    });
    const failedBatches = new sqs.Queue(this, 'FailedBatches', {
      retentionPeriod: cdk.Duration.days(14),
    });
    const ingest = new lambda.Function(this, 'Ingest', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'ingest')),
      timeout: cdk.Duration.seconds(60),
      environment: { TABLE_NAME: props.table.tableName },
    });
    ingest.addEventSource(new sources.KinesisEventSource(stream, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 500,
      bisectBatchOnError: true,
      retryAttempts: 3,
      maxRecordAge: cdk.Duration.hours(6),
      parallelizationFactor: 2,
      reportBatchItemFailures: true,
      onFailure: new sources.SqsDlq(failedBatches),
    }));
    props.table.grantWriteData(ingest);
  }
}

class AnalyticsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const aggregate = new lambda.Function(this, 'Aggregate', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'aggregate')),
    });
    aggregate.addEventSource(new sources.DynamoEventSource(props.table, {
      startingPosition: lambda.StartingPosition.LATEST,
      batchSize: 100,
      maxBatchingWindow: cdk.Duration.seconds(30),
      retryAttempts: 2,
      filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
    }));

    const reports = new s3.Bucket(this, 'Reports', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.key,
      enforceSSL: true,
    });
    const report = new lambda.Function(this, 'NightlyReport', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'aggregate')),
      timeout: cdk.Duration.minutes(5),
      memorySize: 1024,
      environment: { TABLE_NAME: props.table.tableName, REPORT_BUCKET: reports.bucketName },
    });
    props.table.grantReadData(report);
    reports.grantPut(report);
    new events.Rule(this, 'Nightly', {
      schedule: events.Schedule.cron({ minute: '30', hour: '2' }),
      targets: [new targets.LambdaFunction(report, { retryAttempts: 2 })],
    });
  }
}

const app = new cdk.App();
const data = new DataStack(app, 'ClickstreamData', { env });
new IngestStack(app, 'ClickstreamIngest', { env, table: data.table });
new AnalyticsStack(app, 'ClickstreamAnalytics', { env, table: data.table, key: data.key });
app.synth();

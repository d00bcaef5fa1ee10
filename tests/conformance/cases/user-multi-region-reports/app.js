// Conformance case 'user-multi-region-reports': an app as a CDK user writes it, not shaped to a
// feature: one Stack class deployed to two regions of one account (no cross-region references).
// Each region has its own rotated KMS key, a KMS-encrypted versioned bucket, the shared Python layer
// published under one name, and an arm64 renderer (environment encrypted with the region's key) run
// by a nightly cron rule at a regional hour; the primary region owns a global TableV2 with a
// replica in the other region, which imports it by name. App-wide tags, alarms to a regional
// topic, outputs exported under regional names.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sns = require('aws-cdk-lib/aws-sns');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const ACCOUNT = '111122223333';
const PRIMARY_REGION = 'us-east-1';
const REPLICA_REGION = 'eu-west-1';
const TABLE_NAME = 'report-index';

class RegionalReportsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const region = props.env.region;
    const primary = region === PRIMARY_REGION;

    const key = new kms.Key(this, 'DataKey', {
      alias: 'alias/reports-data',
      description: `Reports data key (${region})`,
      enableKeyRotation: true,
      pendingWindow: cdk.Duration.days(7),
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    const bucket = new s3.Bucket(this, 'Reports', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [{ expiration: cdk.Duration.days(90), noncurrentVersionExpiration: cdk.Duration.days(7) }],
    });

    const layer = new lambda.LayerVersion(this, 'SharedLayer', {
      layerVersionName: 'reports-shared',
      code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
      compatibleRuntimes: [lambda.Runtime.PYTHON_3_12],
      compatibleArchitectures: [lambda.Architecture.ARM_64],
      description: 'Shared report rendering helpers',
      removalPolicy: cdk.RemovalPolicy.RETAIN,
    });

    const table = primary
      ? new dynamodb.TableV2(this, 'Index', {
        tableName: TABLE_NAME,
        partitionKey: { name: 'reportId', type: dynamodb.AttributeType.STRING },
        sortKey: { name: 'generatedAt', type: dynamodb.AttributeType.NUMBER },
        replicas: [{ region: REPLICA_REGION }],
        pointInTimeRecovery: true,
      })
      : dynamodb.TableV2.fromTableName(this, 'Index', TABLE_NAME);

    const renderer = new lambda.Function(this, 'Renderer', {
      runtime: lambda.Runtime.PYTHON_3_12,
      architecture: lambda.Architecture.ARM_64,
      handler: 'render.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'handlers', 'render')),
      layers: [layer],
      memorySize: 1024,
      timeout: cdk.Duration.minutes(2),
      ephemeralStorageSize: cdk.Size.gibibytes(2),
      environmentEncryption: key,
      environment: {
        BUCKET: bucket.bucketName,
        TABLE_NAME: table.tableName,
        ROLE: primary ? 'primary' : 'replica',
      },
      retryAttempts: 0,
      maxEventAge: cdk.Duration.hours(2),
    });
    bucket.grantReadWrite(renderer);
    table.grantReadWriteData(renderer);

    new events.Rule(this, 'Nightly', {
      description: `Render the day's reports in ${region}`,
      schedule: events.Schedule.cron({ minute: '0', hour: props.reportHour }),
      targets: [new targets.LambdaFunction(renderer, { retryAttempts: 2, maxEventAge: cdk.Duration.hours(1) })],
    });

    const alerts = new sns.Topic(this, 'Alerts');
    const errors = new cloudwatch.Alarm(this, 'RendererErrors', {
      metric: renderer.metricErrors({ period: cdk.Duration.hours(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
    errors.addAlarmAction(new actions.SnsAction(alerts));

    new cdk.CfnOutput(this, 'BucketName', { value: bucket.bucketName, exportName: `reports-bucket-${region}` });
    new cdk.CfnOutput(this, 'LayerArn', { value: layer.layerVersionArn, exportName: `reports-layer-${region}` });
  }
}

const app = new cdk.App();
cdk.Tags.of(app).add('service', 'reports');
cdk.Tags.of(app).add('cost-center', 'analytics');
new RegionalReportsStack(app, 'ReportsUsEast1', {
  env: { account: ACCOUNT, region: PRIMARY_REGION },
  crossRegionReferences: false,
  reportHour: '2',
});
new RegionalReportsStack(app, 'ReportsEuWest1', {
  env: { account: ACCOUNT, region: REPLICA_REGION },
  crossRegionReferences: false,
  reportHour: '1',
  terminationProtection: true,
});
app.synth();

// Conformance case 'user-image-pipeline': an app as a CDK user writes it, not shaped to a feature:
// uploads land in a bucket; an S3 notification runs a processor in the VPC's private subnets that
// uses an EFS access point as scratch space and writes results to a table (point-in-time recovery,
// a TTL attribute); failed asynchronous invocations go to an SNS topic that mails the team.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ImagePipeline');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });

const uploads = new s3.Bucket(stack, 'Uploads', {
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  versioned: true,
});

const scratch = new efs.FileSystem(stack, 'Scratch', {
  vpc,
  lifecyclePolicy: efs.LifecyclePolicy.AFTER_7_DAYS,
  throughputMode: efs.ThroughputMode.ELASTIC,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const accessPoint = scratch.addAccessPoint('ProcessorAccess', {
  path: '/processor',
  createAcl: { ownerUid: '1001', ownerGid: '1001', permissions: '750' },
  posixUser: { uid: '1001', gid: '1001' },
});

const results = new dynamodb.Table(stack, 'Results', {
  partitionKey: { name: 'imageKey', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'variant', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  timeToLiveAttribute: 'expiresAt',
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const failures = new sns.Topic(stack, 'ProcessingFailures', { displayName: 'Image processing failures' });
failures.addSubscription(new subscriptions.EmailSubscription('images-oncall@example.com'));

const processor = new lambda.Function(stack, 'Processor', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'processor')),
  memorySize: 1769,
  timeout: cdk.Duration.minutes(2),
  ephemeralStorageSize: cdk.Size.gibibytes(2),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/scratch'),
  environment: {
    RESULTS_TABLE: results.tableName,
    SCRATCH_DIR: '/mnt/scratch',
  },
  tracing: lambda.Tracing.ACTIVE,
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_229_0,
  reservedConcurrentExecutions: 20,
  onFailure: new destinations.SnsDestination(failures),
  retryAttempts: 1,
  maxEventAge: cdk.Duration.hours(1),
  logGroup: new logs.LogGroup(stack, 'ProcessorLogs', {
    retention: logs.RetentionDays.TWO_WEEKS,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  }),
});
processor.addEventSource(new sources.S3EventSource(uploads, {
  events: [s3.EventType.OBJECT_CREATED],
  filters: [{ prefix: 'incoming/', suffix: '.jpg' }],
}));
uploads.grantRead(processor);
results.grantWriteData(processor);

new cdk.CfnOutput(stack, 'UploadBucketName', { value: uploads.bucketName });
new cdk.CfnOutput(stack, 'ResultsTableName', { value: results.tableName });
app.synth();

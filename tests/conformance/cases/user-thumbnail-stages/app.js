// Conformance case 'user-thumbnail-stages': an app as a CDK user writes it, not shaped to one
// feature: a thumbnail service deployed as two Stages made by one function, Dev (111111111111,
// eu-west-1) and Prod (222222222222, us-east-1). Each stage has a Layers stack with a Python layer
// from an asset directory and a Thumbs stack whose function uses that layer (a cross-stack
// reference: an export of the layer's ARN). The Thumbs stack holds a versioned, S3-encrypted
// bucket whose noncurrent versions expire (destroyed with its objects in Dev, retained in Prod), a
// table (partition and sort key, on demand, point-in-time recovery), and a Python 3.12 arm64
// Thumbnailer run by the bucket's .jpg uploads (an S3 event source) that may read and write both;
// failed async invocations (one retry, two hours at most) go to an SQS queue. The function has an
// IAM-authenticated URL that a role of a tooling account may invoke. In Prod only, an alias
// "live" on the current version keeps two provisioned instances. Tags on the app and each stage.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');

function thumbnailStage(app, name, env) {
  const isProd = name === 'Prod';
  const stage = new cdk.Stage(app, name, { env });

  const layers = new cdk.Stack(stage, 'LayersStack');
  const imaging = new lambda.LayerVersion(layers, 'Imaging', {
    code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
    compatibleRuntimes: [lambda.Runtime.PYTHON_3_11, lambda.Runtime.PYTHON_3_12],
    license: 'MIT',
    description: 'thumbnail helpers',
  });

  const thumbs = new cdk.Stack(stage, 'ThumbsStack');
  const images = new s3.Bucket(thumbs, 'Images', {
    versioned: true,
    encryption: s3.BucketEncryption.S3_MANAGED,
    lifecycleRules: [{ id: 'ExpireOldVersions', noncurrentVersionExpiration: cdk.Duration.days(30) }],
    removalPolicy: isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    autoDeleteObjects: !isProd,
  });
  const catalog = new dynamodb.Table(thumbs, 'Catalog', {
    partitionKey: { name: 'imageId', type: dynamodb.AttributeType.STRING },
    sortKey: { name: 'size', type: dynamodb.AttributeType.NUMBER },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  });
  const failures = new sqs.Queue(thumbs, 'ThumbnailFailures', {
    retentionPeriod: cdk.Duration.days(14),
  });

  const thumbnailer = new lambda.Function(thumbs, 'Thumbnailer', {
    runtime: lambda.Runtime.PYTHON_3_12,
    architecture: lambda.Architecture.ARM_64,
    handler: 'thumbnailer.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'handlers')),
    layers: [imaging],
    memorySize: 1024,
    timeout: cdk.Duration.seconds(30),
    environment: {
      BUCKET_NAME: images.bucketName,
      TABLE_NAME: catalog.tableName,
    },
    retryAttempts: 1,
    maxEventAge: cdk.Duration.hours(2),
    onFailure: new destinations.SqsDestination(failures),
  });
  thumbnailer.addEventSource(new sources.S3EventSource(images, {
    events: [s3.EventType.OBJECT_CREATED],
    filters: [{ prefix: 'uploads/', suffix: '.jpg' }],
  }));
  catalog.grantReadWriteData(thumbnailer);
  images.grantReadWrite(thumbnailer);

  const url = thumbnailer.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
  const tooling = new iam.Role(thumbs, 'ToolingInvoker', {
    assumedBy: new iam.AccountPrincipal('999999999999'),
    description: 'tooling account calls the thumbnail URL',
  });
  thumbnailer.grantInvokeUrl(tooling);
  new cdk.CfnOutput(thumbs, 'ThumbnailUrl', { value: url.url });

  if (isProd) {
    new lambda.Alias(thumbs, 'Live', {
      aliasName: 'live',
      version: thumbnailer.currentVersion,
      provisionedConcurrentExecutions: 2,
    });
  }

  cdk.Tags.of(stage).add('stage', name);
  return stage;
}

const app = new cdk.App();
cdk.Tags.of(app).add('app', 'thumbnails');
thumbnailStage(app, 'Dev', { account: '111111111111', region: 'eu-west-1' });
thumbnailStage(app, 'Prod', { account: '222222222222', region: 'us-east-1' });
app.synth();

// Conformance case 'user-data-lake-ingest': a data lake's landing zone as a CDK user writes it: a
// bucket encrypted with the team's KMS key (an alias on it), lifecycle rules that move raw objects
// to STANDARD_IA then GLACIER and expire them, abort stale multipart uploads, CORS for browser
// uploads; an ingest function run on every object created under raw/ that reads an API secret
// (grantRead) and gets its stage from an SSM parameter in its environment.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const ssm = require('aws-cdk-lib/aws-ssm');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const lakeKey = new kms.Key(stack, 'LakeKey', {
  description: 'data lake landing zone',
  enableKeyRotation: true,
});
lakeKey.addAlias('alias/data-lake');

const landing = new s3.Bucket(stack, 'Landing', {
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: lakeKey,
  bucketKeyEnabled: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  versioned: true,
  lifecycleRules: [
    {
      id: 'raw-tiering',
      prefix: 'raw/',
      transitions: [
        { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(30) },
        { storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(90) },
      ],
      expiration: cdk.Duration.days(365),
    },
    {
      id: 'abort-uploads',
      abortIncompleteMultipartUploadAfter: cdk.Duration.days(7),
      noncurrentVersionExpiration: cdk.Duration.days(30),
    },
  ],
  cors: [{
    allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.POST],
    allowedOrigins: ['https://upload.example.com'],
    allowedHeaders: ['*'],
    exposedHeaders: ['ETag'],
    maxAge: 3000,
  }],
});

const apiSecret = new secretsmanager.Secret(stack, 'CatalogApiKey', {
  description: 'key for the catalog API',
  generateSecretString: { excludePunctuation: true, passwordLength: 40 },
});

const stage = ssm.StringParameter.valueForStringParameter(stack, '/data-lake/stage');
const catalogUrl = new ssm.StringParameter(stack, 'CatalogUrl', {
  parameterName: '/data-lake/catalog-url',
  stringValue: 'https://catalog.example.com/v1',
  description: 'catalog API endpoint',
});

const ingest = new lambda.Function(stack, 'Ingest', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('ingest'),
  timeout: cdk.Duration.minutes(1),
  memorySize: 1024,
  environmentEncryption: lakeKey,
  environment: {
    STAGE: stage,
    CATALOG_URL: catalogUrl.stringValue,
    CATALOG_SECRET_ARN: apiSecret.secretArn,
    LANDING_BUCKET: landing.bucketName,
  },
});
apiSecret.grantRead(ingest);
catalogUrl.grantRead(ingest);
landing.grantRead(ingest, 'raw/*');
landing.addObjectCreatedNotification(new s3n.LambdaDestination(ingest), { prefix: 'raw/' });

new cdk.CfnOutput(stack, 'LandingBucket', { value: landing.bucketName });
app.synth();

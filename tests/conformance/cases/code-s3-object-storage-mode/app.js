// Conformance case 'code-s3-object-storage-mode': Code.fromBucketV2(..., { s3ObjectStorageMode: COPY })
// on a function (with and without an object version, with a source KMS key, in currentVersion's hash)
// and on a layer
// Ported from aws-cdk: code.test.ts, the S3ObjectStorageMode tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'my-code-bucket');
const key = new kms.Key(stack, 'Key');
const copied = new lambda.Function(stack, 'Copied', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip', {
    objectVersion: 'v1', sourceKMSKey: key, s3ObjectStorageMode: lambda.S3ObjectStorageMode.COPY,
  }),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
copied.currentVersion;
new lambda.Function(stack, 'CopiedUnversioned', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip', { s3ObjectStorageMode: lambda.S3ObjectStorageMode.COPY }),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
new lambda.LayerVersion(stack, 'Layer', {
  code: lambda.Code.fromBucketV2(bucket, 'layer.zip', { objectVersion: 'v2', s3ObjectStorageMode: lambda.S3ObjectStorageMode.COPY }),
});
app.synth();

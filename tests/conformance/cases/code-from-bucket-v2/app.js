// Conformance case 'code-from-bucket-v2': Code.fromBucketV2(bucket, key, {objectVersion, sourceKMSKey})
// (S3CodeV2) on functions and a layer.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/code.test.ts, describe('lambda.Code.fromBucketV2')
// (the S3 location with and without an object version, and the source KMS key).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'my-code-bucket');
const key = new kms.Key(stack, 'Key');
const versioned = new lambda.Function(stack, 'Versioned', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip', { objectVersion: 'v1', sourceKMSKey: key }),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
versioned.currentVersion; // the key is part of the version hash
new lambda.Function(stack, 'Unversioned', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip'),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
const owned = new s3.Bucket(stack, 'Owned');
new lambda.LayerVersion(stack, 'Layer', {
  code: lambda.Code.fromBucketV2(owned, 'layer.zip', { objectVersion: 'v2', sourceKMSKey: key }),
});
app.synth();

// Conformance case 'error-lambda-s3-reference-bucket-key-not-kms': error: a code bucket given an
// encryptionKey with an encryption other than KMS or DSSE (S3_MANAGED), as a bucket for
// s3ObjectStorageMode REFERENCE might be set up
// Ported from aws-cdk: bucket.test.ts (encryptionKey with encryption not KMS) and the
// S3ObjectStorageMode REFERENCE tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'Key');
const bucket = new s3.Bucket(stack, 'CodeBucket', { encryption: s3.BucketEncryption.S3_MANAGED, encryptionKey: key });
new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip', {
    objectVersion: 'v1', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
  }),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();

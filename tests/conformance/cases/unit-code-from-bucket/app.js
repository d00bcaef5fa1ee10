// Conformance case 'unit-code-from-bucket': aws-cdk's code.test.ts, describe('lambda.Code.fromBucket'),
// its tests that synthesize, a stack each (the tests' `new cdk.Stack(undefined, undefined, { env })`,
// here named): the objectVersion warnings of fromBucket / fromBucketV2 on a bucket made in the stack
// (with and without a version), and s3ObjectStorageMode REFERENCE in a stack with an account and region:
// a named and an unnamed function, a named and an unnamed layer, an imported bucket, a bucket with a
// KMS key made in the stack and with an imported key; no bucket policy for no mode and for COPY.
// The error test ('fails when fromBucketV2 REFERENCE is set without objectVersion') is
// error-code-s3-reference-without-version.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const reference = () => ({ objectVersion: 'v1', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE });
const fnProps = { handler: 'index.handler', runtime: lambda.Runtime.NODEJS_LATEST };

// 'fromBucket warns when no objectVersion is set' / 'fromBucket does not warn when an objectVersion is set'
{
  const stack = new cdk.Stack(app, 'FromBucketNoVersion');
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucket(new s3.Bucket(stack, 'Bucket'), 'Object'), ...fnProps });
}
{
  const stack = new cdk.Stack(app, 'FromBucketVersion');
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucket(new s3.Bucket(stack, 'Bucket'), 'Object', 'v1'), ...fnProps });
}
// 'fromBucketV2 warns when no objectVersion is set' / 'fromBucketV2 does not warn when an objectVersion is set'
{
  const stack = new cdk.Stack(app, 'FromBucketV2NoVersion');
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucketV2(new s3.Bucket(stack, 'Bucket'), 'Object'), ...fnProps });
}
{
  const stack = new cdk.Stack(app, 'FromBucketV2Version');
  new lambda.Function(stack, 'Fn', {
    code: lambda.Code.fromBucketV2(new s3.Bucket(stack, 'Bucket'), 'Object', { objectVersion: 'v1' }), ...fnProps,
  });
}
// 'fromBucketV2 grants a named function read access to the referenced object'
{
  const stack = new cdk.Stack(app, 'NamedFunction', { env });
  const bucket = new s3.Bucket(stack, 'Bucket');
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucketV2(bucket, 'Object', reference()), ...fnProps, functionName: 'my-function' });
}
// 'fromBucketV2 grants an unnamed function read access before CloudFormation generates its name'
{
  const stack = new cdk.Stack(app, 'UnnamedFunction', { env });
  const bucket = new s3.Bucket(stack, 'Bucket');
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucketV2(bucket, 'Object', reference()), ...fnProps });
}
// 'fromBucketV2 grants a named layer read access to the referenced object'
{
  const stack = new cdk.Stack(app, 'NamedLayer', { env });
  const bucket = new s3.Bucket(stack, 'Bucket');
  new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucketV2(bucket, 'Object', reference()), layerVersionName: 'my-layer' });
}
// 'fromBucketV2 grants an unnamed layer read access before CloudFormation generates its name'
{
  const stack = new cdk.Stack(app, 'UnnamedLayer', { env });
  const bucket = new s3.Bucket(stack, 'Bucket');
  new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucketV2(bucket, 'Object', reference()) });
}
// 'fromBucketV2 warns when the referenced bucket policy cannot be updated'
{
  const stack = new cdk.Stack(app, 'ImportedBucket', { env });
  const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'imported-bucket');
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucketV2(bucket, 'Object', reference()), functionName: 'my-function', ...fnProps });
}
// 'fromBucketV2 grants Lambda decrypt access to the bucket encryption key'
{
  const stack = new cdk.Stack(app, 'BucketKey', { env });
  const key = new kms.Key(stack, 'BucketKey', { description: 'bucket encryption key' });
  const bucket = new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.KMS, encryptionKey: key });
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucketV2(bucket, 'Object', reference()), functionName: 'my-function', ...fnProps });
}
// 'fromBucketV2 warns when the bucket encryption key policy cannot be updated'
{
  const stack = new cdk.Stack(app, 'ImportedKey', { env });
  const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/imported-key');
  const bucket = new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.KMS, encryptionKey: key });
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucketV2(bucket, 'Object', reference()), functionName: 'my-function', ...fnProps });
}
// 'fromBucketV2 does not grant Lambda read access for storage mode %s' (undefined, COPY)
for (const [name, s3ObjectStorageMode] of [['NoMode', undefined], ['CopyMode', lambda.S3ObjectStorageMode.COPY]]) {
  const stack = new cdk.Stack(app, name);
  const bucket = new s3.Bucket(stack, 'Bucket');
  new lambda.Function(stack, 'Fn', { code: lambda.Code.fromBucketV2(bucket, 'Object', { objectVersion: 'v1', s3ObjectStorageMode }), ...fnProps });
}

app.synth();

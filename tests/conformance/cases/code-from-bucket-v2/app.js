// Conformance case 'code-from-bucket-v2': Code.fromBucketV2(bucket, key, {objectVersion}) (S3CodeV2).
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/code.test.ts, describe('lambda.Code.fromBucketV2')
// (the code's S3 location with and without an object version).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'my-code-bucket');
new lambda.Function(stack, 'Versioned', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip', { objectVersion: 'v1' }),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
new lambda.Function(stack, 'Unversioned', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip'),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();

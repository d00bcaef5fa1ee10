// Conformance case 'error-code-s3-reference-without-version': error: s3ObjectStorageMode REFERENCE
// without an objectVersion
// Ported from aws-cdk: code.test.ts, the S3ObjectStorageMode tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const bucket = new s3.Bucket(stack, 'Bucket');
new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip', { s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE }),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();

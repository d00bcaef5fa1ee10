// Conformance case 'lambda-s3-reference-cross-stack': s3ObjectStorageMode REFERENCE with the bucket (and
// its KMS key) in another stack: the statements go to that stack's bucket and key policies, the code's
// bucket name is an export, and the function's dependencies on the policy and the key become a
// dependency of its stack on the bucket's
// Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const codeStack = new cdk.Stack(app, 'CodeStack');
const bucket = new s3.Bucket(codeStack, 'Bucket', { versioned: true, encryption: s3.BucketEncryption.KMS });
const fnStack = new cdk.Stack(app, 'FunctionStack');
new lambda.Function(fnStack, 'Function', {
  code: lambda.Code.fromBucketV2(bucket, 'code.zip', {
    objectVersion: 'v1', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
  }),
  functionName: 'cross-stack-function',
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();

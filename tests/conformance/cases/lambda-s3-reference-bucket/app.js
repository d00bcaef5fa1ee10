// Conformance case 'lambda-s3-reference-bucket': Code.fromBucketV2(..., { s3ObjectStorageMode: REFERENCE })
// on an s3.Bucket made in the stack: the bucket policy lets lambda.amazonaws.com read the object for
// this account's functions (a wildcard without a functionName, with the wildcard warning; the name
// when one is given, a token name counting as none; the warning can be acknowledged) and layers, and each
// resource depends on the policy
// Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'CodeBucket', { versioned: true });
const code = lambda.Code.fromBucketV2(bucket, 'code.zip', {
  objectVersion: 'v1', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
});
new lambda.Function(stack, 'Function', {
  code, runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
// the same code again: the same statement, written once; its wildcard warning acknowledged
const again = new lambda.Function(stack, 'Again', {
  code, runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
cdk.Annotations.of(again).acknowledgeWarning('@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceWildcardSourceArn',
  'the code is shared on purpose');
const named = new lambda.Function(stack, 'Named', {
  code, functionName: 'my-function', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
named.currentVersion; // REFERENCE is in the version hash
const nameParam = new cdk.CfnParameter(stack, 'FunctionNameParam', { type: 'String' });
new lambda.Function(stack, 'TokenNamed', {
  code, functionName: nameParam.valueAsString, runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
new lambda.LayerVersion(stack, 'Layer', {
  code: lambda.Code.fromBucketV2(bucket, 'layer.zip', {
    objectVersion: 'v2', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
  }),
});
new lambda.LayerVersion(stack, 'NamedLayer', { code, layerVersionName: 'my-layer' });
app.synth();

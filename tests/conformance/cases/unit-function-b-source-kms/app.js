// Conformance case 'unit-function-b-source-kms'
// Upstream: aws-lambda/test/function.test.ts, describe('CMCMK') (Code.SourceKMSKeyArn from the code's
// sourceKMSKey, or none) for fromAsset, fromBucketV2, fromCfnParameters and fromCustomCommand (the
// command `node` on an empty stdin; its output file is in the case directory), and
// describe('s3ObjectStorageMode'): COPY, REFERENCE, and none by default (fromBucketV2).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const newKey = (stack) => new kms.Key(stack, 'myImportedKey', { enableKeyRotation: true });
function fn(stack, code, runtime) {
  new lambda.Function(stack, 'Lambda', { code, handler: 'index.handler', runtime: runtime ?? lambda.Runtime.PYTHON_3_9 });
}

let stack = new cdk.Stack(app, 'FromAssetKey');
fn(stack, lambda.Code.fromAsset('handler.zip', { sourceKMSKey: newKey(stack) }));
stack = new cdk.Stack(app, 'FromAssetNoKey');
fn(stack, lambda.Code.fromAsset('handler.zip'));

stack = new cdk.Stack(app, 'FromBucketKey');
let bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'bucketname');
fn(stack, lambda.Code.fromBucketV2(bucket, 'script', { sourceKMSKey: newKey(stack) }));
stack = new cdk.Stack(app, 'FromBucketNoKey');
bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'bucketname');
fn(stack, lambda.Code.fromBucketV2(bucket, 'script'));

stack = new cdk.Stack(app, 'FromCfnParametersKey');
fn(stack, lambda.Code.fromCfnParameters({ sourceKMSKey: newKey(stack) }));
stack = new cdk.Stack(app, 'FromCfnParametersNoKey');
fn(stack, lambda.Code.fromCfnParameters());

stack = new cdk.Stack(app, 'FromCustomCommandKey');
fn(stack, lambda.Code.fromCustomCommand('function.test.handler7.zip', ['node'], { sourceKMSKey: newKey(stack) }),
  lambda.Runtime.NODEJS_LATEST);
stack = new cdk.Stack(app, 'FromCustomCommandNoKey');
fn(stack, lambda.Code.fromCustomCommand('function.test.handler7.zip', ['node']), lambda.Runtime.NODEJS_LATEST);

for (const [name, s3ObjectStorageMode] of [['StorageModeCopy', lambda.S3ObjectStorageMode.COPY],
  ['StorageModeReference', lambda.S3ObjectStorageMode.REFERENCE], ['StorageModeDefault', undefined]]) {
  stack = new cdk.Stack(app, name);
  bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'bucketname');
  fn(stack, lambda.Code.fromBucketV2(bucket, 'script.zip', { objectVersion: 'object-version', s3ObjectStorageMode }));
}
app.synth();

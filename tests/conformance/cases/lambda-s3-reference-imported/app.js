// Conformance case 'lambda-s3-reference-imported': s3ObjectStorageMode REFERENCE on imported buckets:
// no bucket policy of the App's to add to (the imported-bucket warning on the function or layer);
// an imported bucket's encryptionKey made in the stack gets the kms:Decrypt statement (and the
// function depends on the key), an imported key gets the imported-key warning
// Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const reference = (bucket, key) => lambda.Code.fromBucketV2(bucket, key, {
  objectVersion: 'v1', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
});
const byName = s3.Bucket.fromBucketName(stack, 'ByName', 'code-bucket');
new lambda.Function(stack, 'Function', {
  code: reference(byName, 'code.zip'), runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
new lambda.LayerVersion(stack, 'Layer', { code: reference(byName, 'layer.zip'), layerVersionName: 'my-layer' });
const byArn = s3.Bucket.fromBucketArn(stack, 'ByArn', 'arn:aws:s3:::other-code-bucket');
new lambda.Function(stack, 'Named', {
  code: reference(byArn, 'code.zip'), functionName: 'named', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
const key = new kms.Key(stack, 'Key');
const withKey = s3.Bucket.fromBucketAttributes(stack, 'WithKey', { bucketName: 'encrypted-code', encryptionKey: key });
new lambda.Function(stack, 'KeyFunction', {
  code: reference(withKey, 'code.zip'), functionName: 'key-function', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
const importedKey = kms.Key.fromKeyArn(stack, 'ImportedKey',
  'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab');
const withImportedKey = s3.Bucket.fromBucketAttributes(stack, 'WithImportedKey', {
  bucketArn: 'arn:aws:s3:::imported-key-code', encryptionKey: importedKey,
});
new lambda.Function(stack, 'ImportedKeyFunction', {
  code: reference(withImportedKey, 'code.zip'), runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
app.synth();

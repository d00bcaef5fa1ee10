// Conformance case 'lambda-s3-reference-kms': s3ObjectStorageMode REFERENCE on buckets encrypted with a
// KMS key (bucket.encryptionKey): a given key (with an alias: the function depends on both), the key
// a KMS or DSSE bucket makes itself, an imported key (the imported-key warning), in an
// environment-agnostic stack and in one with an account and region (kms:ViaService); bucket grants
// on such buckets also grant the kms: actions on the key
// Ported from aws-cdk: function.test.ts / code.test.ts, the S3ObjectStorageMode REFERENCE tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const reference = (bucket, key) => lambda.Code.fromBucketV2(bucket, key, {
  objectVersion: 'v1', s3ObjectStorageMode: lambda.S3ObjectStorageMode.REFERENCE,
});
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'CodeKey', { alias: 'code-key' });
const given = new s3.Bucket(stack, 'GivenKeyBucket', { versioned: true, encryptionKey: key });
new lambda.Function(stack, 'Function', {
  code: reference(given, 'code.zip'), runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
const own = new s3.Bucket(stack, 'KmsBucket', { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true });
const named = new lambda.Function(stack, 'Named', {
  code: reference(own, 'code.zip'), functionName: 'named', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
own.grantRead(named);
const dsse = new s3.Bucket(stack, 'DsseBucket', { encryption: s3.BucketEncryption.DSSE });
new lambda.LayerVersion(stack, 'Layer', { code: reference(dsse, 'layer.zip') });
dsse.grantReadWrite(named, 'data/*');
dsse.grantPut(named);
const importedKey = kms.Key.fromKeyArn(stack, 'ImportedKey',
  'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab');
const withImportedKey = new s3.Bucket(stack, 'ImportedKeyBucket', { encryptionKey: importedKey });
new lambda.Function(stack, 'ImportedKeyFunction', {
  code: reference(withImportedKey, 'code.zip'), runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler',
});
withImportedKey.grantWrite(named);

const envStack = new cdk.Stack(app, 'EnvStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const envBucket = new s3.Bucket(envStack, 'Bucket', { encryption: s3.BucketEncryption.KMS });
new lambda.Function(envStack, 'Function', {
  code: reference(envBucket, 'code.zip'), functionName: 'env-function', runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();

// Conformance case 's3-acceleration-abac-blocked-encryption': s3.Bucket transferAcceleration (the
// AccelerateConfiguration; false gives none), abacStatus (Enabled / Disabled), and
// blockedEncryptionTypes with each encryption (an UNENCRYPTED bucket gets a rule of the blocked types
// alone), NONE, SSE_C and custom(); transferAccelerationUrlForObject of an accelerated bucket in a
// CfnOutput.
// Upstream: aws-s3/test/bucket.test.ts 'bucket with transfer acceleration turned on', 'bucket with no
// encryption by default and blockedEncryptionTypes', 'bucket with default encryption and
// blockedEncryptionTypes', abacStatus tests.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fast = new s3.Bucket(stack, 'Fast', { transferAcceleration: true });
new s3.Bucket(stack, 'Slow', { transferAcceleration: false });
new s3.Bucket(stack, 'AbacOn', { abacStatus: true });
new s3.Bucket(stack, 'AbacOff', { abacStatus: false });
new s3.Bucket(stack, 'Unencrypted', {
  encryption: s3.BucketEncryption.UNENCRYPTED,
  blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C],
});
new s3.Bucket(stack, 'S3Managed', {
  encryption: s3.BucketEncryption.S3_MANAGED,
  bucketKeyEnabled: true,
  blockedEncryptionTypes: [s3.BlockedEncryptionType.NONE],
});
new s3.Bucket(stack, 'KmsManaged', {
  encryption: s3.BucketEncryption.KMS_MANAGED,
  blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C, s3.BlockedEncryptionType.custom('SSE-X')],
});
new s3.Bucket(stack, 'Kms', {
  encryption: s3.BucketEncryption.KMS,
  blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C],
});
new s3.Bucket(stack, 'Dsse', {
  encryptionKey: new kms.Key(stack, 'DsseKey'),
  encryption: s3.BucketEncryption.DSSE,
  blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C],
});
new s3.Bucket(stack, 'DsseManaged', {
  encryption: s3.BucketEncryption.DSSE_MANAGED,
  blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C],
});
new s3.Bucket(stack, 'Plain', { blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C] });
new cdk.CfnOutput(stack, 'AccelerateUrl', { value: fast.transferAccelerationUrlForObject('a/b.txt') });
new cdk.CfnOutput(stack, 'AccelerateDualStackUrl', {
  value: fast.transferAccelerationUrlForObject(undefined, { dualStack: true }),
});
app.synth();

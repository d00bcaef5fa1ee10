// Conformance case 'error-s3-blocked-encryption-none-with-others': blockedEncryptionTypes NONE with SSE_C
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', {
  encryption: s3.BucketEncryption.KMS_MANAGED,
  blockedEncryptionTypes: [s3.BlockedEncryptionType.NONE, s3.BlockedEncryptionType.SSE_C],
});
app.synth();

// Conformance case 'error-s3-blocked-encryption-empty': blockedEncryptionTypes given empty
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.S3_MANAGED, blockedEncryptionTypes: [] });
app.synth();

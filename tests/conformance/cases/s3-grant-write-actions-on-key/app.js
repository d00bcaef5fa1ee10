// Conformance case 's3-grant-write-actions-on-key': bucket.grantWrite(identity, pattern,
// allowedActionPatterns) (the given bucket actions; kms: ones go to the key before its write
// actions; [] is grantWrite's own), on a KMS bucket and an unencrypted one, and grantOnKey on a KMS
// bucket (the key's grant) and on one without a key (nothing).
// Upstream: aws-s3/test/bucket.test.ts 'grantWrite with KMS key has appropriate permissions if
// allowedActionPatterns is specified', 'grantOnKey'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const other = new iam.Role(stack, 'Other', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const kmsBucket = new s3.Bucket(stack, 'KmsBucket', { encryption: s3.BucketEncryption.KMS });
kmsBucket.grantWrite(role, 'uploads/*', ['s3:PutObject', 'kms:Describe*']);
kmsBucket.grantWrite(other, undefined, []);
const plain = new s3.Bucket(stack, 'Plain');
plain.grantWrite(role, '*', ['s3:PutObject', 's3:DeleteObject']);
kmsBucket.grantOnKey(other, 'kms:Decrypt', 'kms:ListAliases');
plain.grantOnKey(other, 'kms:Decrypt');
app.synth();

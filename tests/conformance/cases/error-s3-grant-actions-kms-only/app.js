// Conformance case 'error-s3-grant-actions-kms-only': bucket.grants.actionsOnObjectKeys with kms: actions only: an empty statement in a user's policy and in the bucket policy (validation errors)
// Upstream: aws-s3/test/bucket.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const user = new iam.User(stack, 'U');
new s3.Bucket(stack, 'B', { encryption: s3.BucketEncryption.KMS }).grants.actionsOnObjectKeys(user, '*', 'kms:Decrypt');
new s3.Bucket(stack, 'P').grants.actionsOnObjectKeys(new iam.ServicePrincipal('x.amazonaws.com'), '*', 'kms:Decrypt');
app.synth();

// Conformance case 'error-s3-log-delivery-write-owner-enforced': accessControl LOG_DELIVERY_WRITE with objectOwnership BUCKET_OWNER_ENFORCED
// Upstream: aws-s3/test/bucket.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'AccessLogs', {
  bucketName: 'mylogbucket',
  accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
});
app.synth();

// Conformance case 's3-access-control': s3.Bucket accessControl (BucketAccessControl) and its
// OwnershipControls: none for Private, ObjectWriter for PublicRead, the given objectOwnership for
// AuthenticatedRead, BucketOwnerEnforced kept with BucketOwnerFullControl; LogDeliveryWrite given on
// a bucket that takes its own server access logs (the ACL kept, W3045 acknowledged twice without
// @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy); bucketNamePrefix with the ACCOUNT_REGIONAL
// bucketNamespace, and a bucketName with the GLOBAL one.
// Upstream: aws-s3/test/bucket.test.ts 'accessControl' / 'bucketNamePrefix' tests.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Private', { accessControl: s3.BucketAccessControl.PRIVATE });
new s3.Bucket(stack, 'PublicRead', { accessControl: s3.BucketAccessControl.PUBLIC_READ });
new s3.Bucket(stack, 'AuthRead', {
  accessControl: s3.BucketAccessControl.AUTHENTICATED_READ,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
});
new s3.Bucket(stack, 'FullControl', {
  accessControl: s3.BucketAccessControl.BUCKET_OWNER_FULL_CONTROL,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
});
new s3.Bucket(stack, 'ExecRead', { accessControl: s3.BucketAccessControl.AWS_EXEC_READ });
new s3.Bucket(stack, 'Logs', {
  accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE,
  serverAccessLogsPrefix: 'logs/',
});
new s3.Bucket(stack, 'Prefixed', {
  bucketNamePrefix: 'my-app-1',
  bucketNamespace: s3.BucketNamespace.ACCOUNT_REGIONAL,
});
new s3.Bucket(stack, 'Global', { bucketName: 'my-global-bucket', bucketNamespace: s3.BucketNamespace.GLOBAL });
new s3.Bucket(stack, 'GlobalOnly', { bucketNamespace: s3.BucketNamespace.GLOBAL });
app.synth();

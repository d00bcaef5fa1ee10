// Conformance case 'ported-notifications-cloudwatch-events': aws-s3-notifications'
// notifications.test.ts describe('CloudWatch Events') ported literally, a stack per test: the first
// in `new cdk.Stack()` as written ('Default'), the others named after their test since one app
// holds one Default stack. An imported bucket's onCloudTrailPutObject / onCloudTrailWriteObject
// rules, with and without paths, each to a target of one's own that binds to { arn: 'ARN', id: '' }
// (the empty id: the rule's "Target0").
// Ported from aws-cdk: aws-s3-notifications/test/notifications.test.ts 'onCloudTrailPutObject
// contains the Bucket ARN itself when path is undefined', "onCloudTrailPutObject contains the path
// when it's provided", 'onCloudTrailWriteObject matches on events CompleteMultipartUpload,
// CopyObject, and PutObject', 'onCloudTrailWriteObject matches on the requestParameter bucketName
// when the path is not provided', 'onCloudTrailWriteObject matches on the requestParameters
// bucketName and key when the path is provided'
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();

// 'onCloudTrailPutObject contains the Bucket ARN itself when path is undefined'
{
  const stack = new cdk.Stack(app);
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'Bucket', {
    bucketName: 'mybucket',
  });
  bucket.onCloudTrailPutObject('PutRule', {
    target: {
      bind: () => ({ arn: 'ARN', id: '' }),
    },
  });
}
// "onCloudTrailPutObject contains the path when it's provided"
{
  const stack = new cdk.Stack(app, 'PutObjectPath');
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'Bucket', {
    bucketName: 'mybucket',
  });
  bucket.onCloudTrailPutObject('PutRule', {
    target: {
      bind: () => ({ arn: 'ARN', id: '' }),
    },
    paths: ['my/path.zip'],
  });
}
// 'onCloudTrailWriteObject matches on events CompleteMultipartUpload, CopyObject, and PutObject',
// 'onCloudTrailWriteObject matches on the requestParameter bucketName when the path is not provided'
for (const id of ['WriteObjectEvents', 'WriteObjectBucketName']) {
  const stack = new cdk.Stack(app, id);
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'Bucket', {
    bucketName: 'mybucket',
  });
  bucket.onCloudTrailWriteObject('OnCloudTrailWriteObjectRule', {
    target: {
      bind: () => ({ arn: 'ARN', id: '' }),
    },
  });
}
// 'onCloudTrailWriteObject matches on the requestParameters bucketName and key when the path is provided'
{
  const stack = new cdk.Stack(app, 'WriteObjectPath');
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'Bucket', {
    bucketName: 'mybucket',
  });
  bucket.onCloudTrailWriteObject('OnCloudTrailWriteObjectRule', {
    target: {
      bind: () => ({ arn: 'ARN', id: '' }),
    },
    paths: ['my/path.zip'],
  });
}
app.synth();

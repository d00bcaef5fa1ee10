// Conformance case 'error-s3-access-logs-owner-enforced': a BUCKET_OWNER_ENFORCED bucket as a server
// access logs target: aws-cdk-lib's error where the LogDeliveryWrite ACL is used (without
// @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy; with it, the bucket policy and no error).
// Upstream: aws-s3/test/bucket.test.ts 'throws error if objectOwnership is set to BUCKET_OWNER_ENFORCED
// for a server access logs bucket'.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const logs = new s3.Bucket(stack, 'Logs', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED });
new s3.Bucket(stack, 'Source', { serverAccessLogsBucket: logs });
app.synth();

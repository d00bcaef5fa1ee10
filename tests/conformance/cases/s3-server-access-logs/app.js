// Conformance case 's3-server-access-logs': server access logs as aws-cdk's bucket.test.ts writes them --
// a logs bucket with a prefix and TargetObjectKeyFormat.partitionedPrefix, a bucket logging to
// itself (a prefix only, simplePrefix), a KMS-encrypted logs bucket (its key grants the logging
// service), an imported logs bucket (the accessLogsPolicyNotAdded warning); the targets' permission
// follows @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy (bucket policy, or the LogDeliveryWrite ACL).
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const logs = new s3.Bucket(stack, 'Logs');
new s3.Bucket(stack, 'Source', {
  serverAccessLogsBucket: logs,
  serverAccessLogsPrefix: 'source/',
  targetObjectKeyFormat: s3.TargetObjectKeyFormat.partitionedPrefix(s3.PartitionDateSource.EVENT_TIME),
});
new s3.Bucket(stack, 'Other', { serverAccessLogsBucket: logs });
new s3.Bucket(stack, 'Self', {
  serverAccessLogsPrefix: 'self/',
  targetObjectKeyFormat: s3.TargetObjectKeyFormat.simplePrefix(),
});
const encrypted = new s3.Bucket(stack, 'EncryptedLogs', { encryption: s3.BucketEncryption.KMS });
new s3.Bucket(stack, 'ToEncrypted', { serverAccessLogsBucket: encrypted, serverAccessLogsPrefix: 'enc' });
new s3.Bucket(stack, 'ToImported', {
  serverAccessLogsBucket: s3.Bucket.fromBucketName(stack, 'ImportedLogs', 'my-logs-bucket'),
});
app.synth();

// Conformance case 'error-s3-access-logs-kms-managed': a KMS_MANAGED bucket logging to itself (a serverAccessLogsPrefix without a bucket)
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.KMS_MANAGED, serverAccessLogsPrefix: 'logs/' });
app.synth();

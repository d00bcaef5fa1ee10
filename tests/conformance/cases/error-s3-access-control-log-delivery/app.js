// Conformance case 'error-s3-access-control-log-delivery': server access logs by ACL to a bucket whose accessControl is Private (@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy false after the CLI's context)
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App({ postCliContext: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': false } });
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { accessControl: s3.BucketAccessControl.PRIVATE, serverAccessLogsPrefix: 'logs/' });
app.synth();

// Conformance case 'error-s3-bucket-name-dash-period': a bucket name with a dash next to a period ('b-.ucket')
// Upstream: aws-s3/test/bucket.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'MyBucket3', { bucketName: 'b-.ucket' });
app.synth();

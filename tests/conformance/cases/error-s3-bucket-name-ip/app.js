// Conformance case 'error-s3-bucket-name-ip': a bucket name that resembles an IP address ('1.2.3.4')
// Upstream: aws-s3/test/bucket.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'MyBucket1', { bucketName: '1.2.3.4' });
app.synth();

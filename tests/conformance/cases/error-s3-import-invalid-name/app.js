// Conformance case 'error-s3-import-invalid-name': Bucket.fromBucketAttributes with an ARN given as the bucketName
// Upstream: aws-s3/test/bucket.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'us-east-1' } });
s3.Bucket.fromBucketAttributes(stack, 'MyBucket3', { bucketName: 'arn:aws:s3:::example-com' });
app.synth();

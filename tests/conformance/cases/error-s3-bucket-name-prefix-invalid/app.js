// Conformance case 'error-s3-bucket-name-prefix-invalid': a bucketNamePrefix breaking every rule (too long, upper case and underscore, bad first and last characters)
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { bucketNamePrefix: '-My_App-that-is-far-too-long-for-a-prefix-', bucketNamespace: s3.BucketNamespace.ACCOUNT_REGIONAL });
app.synth();

// Conformance case 'error-s3-validate-bucket-name': Bucket.validateBucketName: a legacy name passes with allowLegacyBucketNaming, fails without it (an unscoped error)
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket');
s3.Bucket.validateBucketName('Test_Bucket_Name', true);
s3.Bucket.validateBucketName('Test_Bucket_Name');
app.synth();

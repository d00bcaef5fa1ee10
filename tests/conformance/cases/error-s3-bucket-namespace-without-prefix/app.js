// Conformance case 'error-s3-bucket-namespace-without-prefix': the ACCOUNT_REGIONAL bucketNamespace without bucketNamePrefix
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { bucketNamespace: s3.BucketNamespace.ACCOUNT_REGIONAL });
app.synth();

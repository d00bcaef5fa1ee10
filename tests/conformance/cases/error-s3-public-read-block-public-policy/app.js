// Conformance case 'error-s3-public-read-block-public-policy': publicReadAccess with a blockPublicAccess
// that blocks public policies only (blockPublicPolicy true, the other three false).
// Upstream: aws-s3/test/bucket.test.ts 'bucket with enabled block public access setting to throw error msg'.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', {
  publicReadAccess: true,
  blockPublicAccess: {
    blockPublicPolicy: true,
    blockPublicAcls: false,
    ignorePublicAcls: false,
    restrictPublicBuckets: false,
  },
});
app.synth();

// Conformance case 'error-s3-access-control-owner-enforced': accessControl PublicRead with objectOwnership BUCKET_OWNER_ENFORCED
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { accessControl: s3.BucketAccessControl.PUBLIC_READ, objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED });
app.synth();

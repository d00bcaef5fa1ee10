// Conformance case 'error-s3-auto-delete-objects-policy-changed': a bucket made with
// autoDeleteObjects and DESTROY whose policy an aspect (RemovalPolicies.of) turns to RETAIN: the
// CfnBucket's validation (aws-s3 mixins' BucketAutoDeleteObjects) fails at synth.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const bucket = new s3.Bucket(stack, 'Uploads', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
cdk.RemovalPolicies.of(bucket).retain();
app.synth();

// Conformance case 'error-s3-public-read-without-block-public-access': publicReadAccess without a blockPublicAccess that allows it
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', { publicReadAccess: true });
app.synth();

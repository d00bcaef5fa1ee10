// Conformance case 'error-layer-no-runtimes'
// Upstream: aws-lambda/test/layers.test.ts 'creating a layer with no runtimes compatible'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'Bucket');
const code = new lambda.S3Code(bucket, 'ObjectKey');
new lambda.LayerVersion(stack, 'LayerVersion', { code, compatibleRuntimes: [] });
app.synth();

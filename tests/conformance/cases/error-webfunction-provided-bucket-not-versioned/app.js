// Conformance case 'error-webfunction-provided-bucket-not-versioned': error: fromAssetToProvidedBucket with a bucket of the
// app without versioning: the validation error "The bucket 'TestStack/CodeBucket' used with
// WebFunctionCode.fromAssetToProvidedBucket() must have versioning enabled ..."
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const base = {
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

const bucket = new s3.Bucket(stack, 'CodeBucket');
new lambda.WebFunction(stack, 'Web', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(bucket, path.join(__dirname, '..', 'webfunction-provided-bucket', 'my-app')),
});

app.synth();

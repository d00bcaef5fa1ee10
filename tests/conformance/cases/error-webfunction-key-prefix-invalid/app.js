// Conformance case 'error-webfunction-key-prefix-invalid': error: fromAssetToProvidedBucket with keyPrefix '/apps/':
// "keyPrefix '/apps/' must not start with '/' or contain '*', '?' or '${'. ..."
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

const bucket = new s3.Bucket(stack, 'CodeBucket', { versioned: true });
new lambda.WebFunction(stack, 'Web', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(bucket, path.join(__dirname, '..', 'webfunction-provided-bucket', 'my-app'), { keyPrefix: '/apps/' }),
});

app.synth();

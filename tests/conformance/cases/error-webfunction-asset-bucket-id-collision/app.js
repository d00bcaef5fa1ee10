// Conformance case 'error-webfunction-asset-bucket-id-collision': error: fromAssetToManagedBucket in a stack with another
// construct at the id AWSCDKWebFunctionAssetBucket: "The construct id 'AWSCDKWebFunctionAssetBucket' at
// the stack root is reserved for the code bucket ..."
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

new s3.Bucket(stack, 'AWSCDKWebFunctionAssetBucket', { versioned: true });
new lambda.WebFunction(stack, 'Web', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToManagedBucket(path.join(__dirname, '..', 'webfunction-provided-bucket', 'my-app')),
});

app.synth();

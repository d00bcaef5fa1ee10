// Conformance case 'error-webfunction-asset-not-zip': error: fromAssetToManagedBucket of a file that is not a
// .zip file: "Asset must be a .zip file or a directory (<path>)"
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const base = {
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

new lambda.WebFunction(stack, 'Web', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToManagedBucket('../webfunction-provided-bucket/my-app/index.mjs'),
});

app.synth();

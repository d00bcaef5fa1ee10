// Conformance case 'error-webfunction-key-prefix-token': error: fromAssetToProvidedBucket with a
// keyPrefix that is a token: "keyPrefix must be a literal string, not a deploy-time value. ..."
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
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(bucket, path.join(__dirname, '..', 'webfunction-provided-bucket', 'my-app'), {
    keyPrefix: `${cdk.Aws.STACK_NAME}/`,
  }),
});

app.synth();

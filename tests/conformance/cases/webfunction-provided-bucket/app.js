// Conformance case 'webfunction-provided-bucket': the README's WebFunctionCode.fromAssetToProvidedBucket
// example (aws-lambda README "#### Into a bucket you own"): a local directory staged into a versioned
// bucket of the app under keyPrefix 'apps/' (apps/web-function/<unique id>/...), the function's own
// read grant in the bucket policy, and its Custom::S3ObjectCopy.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const codeBucket = new s3.Bucket(stack, 'CodeBucket', { versioned: true });

new lambda.WebFunction(stack, 'MyWebFunction', {
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(codeBucket, path.join(__dirname, 'my-app'), {
    keyPrefix: 'apps/',
  }),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
});

app.synth();

// Conformance case 'error-webfunction-timeout-fraction': error: a timeout of 3.5 seconds
// (Duration.millis(3500)): "Timeout must be an integer between 3 and 900 seconds, got 3.5"
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const codeBucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');
const base = {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip', 'v1'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

new lambda.WebFunction(stack, 'Web', { ...base, timeout: cdk.Duration.millis(3500) });

app.synth();

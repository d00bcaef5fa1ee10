// Conformance case 'error-webfunction-bucket-not-versioned': error: fromBucket with a bucket of the
// app without versioning: the validation error "The bucket 'TestStack/Bucket' used with
// WebFunctionCode.fromBucket() must have versioning enabled ..."
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

const bucket = new s3.Bucket(stack, 'Bucket');
new lambda.WebFunction(stack, 'Web', { ...base, code: lambda.WebFunctionCode.fromBucket(bucket, 'app.zip') });

app.synth();

// Conformance case 'error-webfunction-regions-empty': error: perRegion(['us-east-1', 'us-east-1'])
// in a us-east-1 stack: "A PerRegion endpoint needs at least one replica Region other than the
// stack's own Region"
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const codeBucket = s3.Bucket.fromBucketName(stack, 'CodeBucket', 'my-code-bucket');
const base = {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip', 'v1'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

new lambda.WebFunction(stack, 'Web', { ...base, defaultEndpoint: { endpointLocation: lambda.WebFunctionEndpointLocation.perRegion(['us-east-1', 'us-east-1']) } });

app.synth();

// Conformance case 'webfunction-managed-bucket': the README's WebFunctionCode.fromAssetToManagedBucket
// examples (aws-lambda README "#### Into a bucket CDK creates", "#### Configuring the copy step"): two
// WebFunctions staging a local directory into the stack's one shared AWSCDKWebFunctionAssetBucket
// (versioned, SSE-S3, auto-deleted, its lambda.amazonaws.com read grant), each through a
// Custom::S3ObjectCopy of a copy function per destination and copyOptions (one with a VPC).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.WebFunction(stack, 'MyWebFunction', {
  code: lambda.WebFunctionCode.fromAssetToManagedBucket(path.join(__dirname, 'my-app')),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
});

const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
new lambda.WebFunction(stack, 'InVpc', {
  code: lambda.WebFunctionCode.fromAssetToManagedBucket(path.join(__dirname, 'my-app'), {
    copyOptions: {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    },
  }),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
});

app.synth();

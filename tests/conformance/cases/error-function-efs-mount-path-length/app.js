// Conformance case 'error-function-efs-mount-path-length'
// Upstream: aws-lambda/test/function.test.ts describe('filesystem') 'validate localMountPath length when mounting efs'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });
const securityGroup = new ec2.SecurityGroup(stack, 'LambdaSG', { vpc, allowAllOutbound: false });
const fs = new efs.FileSystem(stack, 'Efs', { vpc });
const accessPoint = fs.addAccessPoint('AccessPoint');
new lambda.Function(stack, 'MyFunction', {
  vpc,
  handler: 'foo',
  securityGroups: [securityGroup],
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, `/mnt/${'a'.repeat(160)}`),
});
app.synth();

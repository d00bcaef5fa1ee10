// Conformance case 'error-snap-start-container-efs'
// Upstream: aws-lambda/test/function.test.ts describe('SnapStart') 'container image function with SnapStart and EFS throws'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });
const fs = new efs.FileSystem(stack, 'Efs', { vpc });
const accessPoint = fs.addAccessPoint('AccessPoint');
new lambda.DockerImageFunction(stack, 'MyLambda', {
  code: lambda.DockerImageCode.fromImageAsset('docker-lambda-handler'),
  vpc,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/msg'),
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});
app.synth();

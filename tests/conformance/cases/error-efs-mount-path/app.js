// Conformance case 'error-efs-mount-path': error: a local mount path outside /mnt/
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
const fileSystem = new efs.FileSystem(stack, 'Efs', { vpc });
const accessPoint = fileSystem.addAccessPoint('AccessPoint', { path: '/export/lambda' });
new lambda.Function(stack, 'MyLambda', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  vpc,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/data/msg'),
});
app.synth();

// Conformance case 'unit-lambda-s3files-mount': aws-lambda/test/function.test.ts, describe('filesystem'),
// 'mount s3files filesystem' (the VPC without restrictDefaultSecurityGroup, whose custom resource
// handler is not the subject here).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3files = require('aws-cdk-lib/aws-s3files');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1, restrictDefaultSecurityGroup: false });
const bucket = new s3.Bucket(stack, 'Bucket');

const fileSystem = new s3files.CfnFileSystem(stack, 'S3FilesFs', {
  bucket: bucket.bucketArn,
  roleArn: 'arn:aws:iam::123456789012:role/S3FilesRole',
});

const sg = new ec2.SecurityGroup(stack, 'MountTargetSG', { vpc });

new s3files.CfnMountTarget(stack, 'MountTarget0', {
  fileSystemId: fileSystem.attrFileSystemId,
  subnetId: vpc.privateSubnets[0].subnetId,
  securityGroups: [sg.securityGroupId],
});

const accessPoint = new s3files.CfnAccessPoint(stack, 'AccessPoint', {
  fileSystemId: fileSystem.attrFileSystemId,
});

// reflection auto-resolves fileSystem, mountTargets, and securityGroups
new lambda.Function(stack, 'MyFunction', {
  vpc,
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_12,
  code: lambda.Code.fromInline('def handler(event, context): pass'),
  filesystem: lambda.FileSystem.fromS3FilesAccessPoint(accessPoint, '/mnt/data'),
});
app.synth();

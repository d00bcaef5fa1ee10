// Conformance case 'unit-lambda-s3files-direct-s3-read': aws-lambda/test/function.test.ts,
// describe('S3 Files DirectS3Read configuration'): each test's createS3FilesStack in a stack of its
// own -- DirectS3Read.AUTO / DISABLED render S3FilesConfig (test.each), enabled renders ENABLED, no
// S3FilesConfig when directS3Read is omitted, enabled(bucket) grants s3:GetObject and
// s3:GetObjectVersion, enabledWithoutGrant() renders ENABLED without a grant, auto() grants nothing
// (the VPC without restrictDefaultSecurityGroup, whose custom resource handler is not the subject here).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3files = require('aws-cdk-lib/aws-s3files');

const app = new cdk.App();

function createS3FilesStack(name, makeOptions) {
  const stack = new cdk.Stack(app, name);
  cdk.Validations.of(stack).acknowledge({ id: 'CloudFormation-Validate::F3002', reason: 'S3FilesConfig is a newly launched property not yet in the bundled schema' });
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

  new lambda.Function(stack, 'MyFunction', {
    vpc,
    handler: 'index.handler',
    runtime: lambda.Runtime.PYTHON_3_12,
    code: lambda.Code.fromInline('def handler(event, context): pass'),
    filesystem: lambda.FileSystem.fromS3FilesAccessPoint(accessPoint, '/mnt/data', makeOptions?.(bucket)),
  });
}

createS3FilesStack('Auto', () => ({ directS3Read: lambda.DirectS3Read.auto() }));
createS3FilesStack('Disabled', () => ({ directS3Read: lambda.DirectS3Read.disabled() }));
createS3FilesStack('Enabled', (bucket) => ({ directS3Read: lambda.DirectS3Read.enabled(bucket) }));
createS3FilesStack('Omitted');
createS3FilesStack('EnabledGrants', (b) => ({ directS3Read: lambda.DirectS3Read.enabled(b) }));
createS3FilesStack('EnabledWithoutGrant', () => ({ directS3Read: lambda.DirectS3Read.enabledWithoutGrant() }));
createS3FilesStack('AutoNoGrant', () => ({ directS3Read: lambda.DirectS3Read.auto() }));
app.synth();

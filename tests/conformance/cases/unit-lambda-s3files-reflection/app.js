// Conformance case 'unit-lambda-s3files-reflection': aws-s3files/test/access-point-reflection.test.ts,
// as lambda.FileSystem.fromS3FilesAccessPoint shows AccessPointReflection (private in aws-cdk-lib): the
// tests that resolve, each a stack with a VPC and a function mounting the access point --
// 'resolves the CfnAccessPoint / CfnFileSystem from the construct tree' and 'resolves mount targets
// sharing the same fileSystemId' (MountTargets: OtherMT is not a dependency; sg-111 is no group of
// the tree), 'resolves security groups from mount targets' (SecurityGroups), 'deduplicates security
// groups across mount targets' (Deduplicated), 'resolves mount targets when access point uses ref and
// mount targets use attrFileSystemId' (RefAndAttr: MTAttr gets securityGroups ['sg-111'], as a
// function needs them), 'resolves resources across stacks in the same app' (Stack1, Stack2). The
// VPCs without restrictDefaultSecurityGroup, whose custom resource handler is not the subject here.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3files = require('aws-cdk-lib/aws-s3files');

const app = new cdk.App();

function fileSystemAndAccessPoint(stack) {
  const cfnFileSystem = new s3files.CfnFileSystem(stack, 'FileSystem', {
    bucket: 'my-bucket',
    roleArn: 'arn:aws:iam::123456789012:role/S3FilesRole',
  });
  const cfnAccessPoint = new s3files.CfnAccessPoint(stack, 'AccessPoint', {
    fileSystemId: cfnFileSystem.attrFileSystemId,
  });
  return { cfnFileSystem, cfnAccessPoint };
}

function mount(stack, vpc, accessPoint) {
  new lambda.Function(stack, 'MyFunction', {
    vpc,
    handler: 'index.handler',
    runtime: lambda.Runtime.PYTHON_3_12,
    code: lambda.Code.fromInline('def handler(event, context): pass'),
    filesystem: lambda.FileSystem.fromS3FilesAccessPoint(accessPoint, '/mnt/data'),
  });
}

const noRestrict = { restrictDefaultSecurityGroup: false };

{
  const stack = new cdk.Stack(app, 'MountTargets');
  const { cfnFileSystem, cfnAccessPoint } = fileSystemAndAccessPoint(stack);
  new s3files.CfnMountTarget(stack, 'MT0', {
    fileSystemId: cfnFileSystem.attrFileSystemId,
    subnetId: 'subnet-aaa',
    securityGroups: ['sg-111'],
  });
  new s3files.CfnMountTarget(stack, 'MT1', {
    fileSystemId: cfnFileSystem.attrFileSystemId,
    subnetId: 'subnet-bbb',
    securityGroups: ['sg-111'],
  });
  // unrelated mount target
  new s3files.CfnMountTarget(stack, 'OtherMT', {
    fileSystemId: 'fs-other',
    subnetId: 'subnet-ccc',
  });
  mount(stack, new ec2.Vpc(stack, 'Vpc', noRestrict), cfnAccessPoint);
}

{
  const stack = new cdk.Stack(app, 'SecurityGroups');
  const { cfnFileSystem, cfnAccessPoint } = fileSystemAndAccessPoint(stack);
  const vpc = new ec2.Vpc(stack, 'VPC', noRestrict);
  const sg = new ec2.SecurityGroup(stack, 'SG', { vpc });
  new s3files.CfnMountTarget(stack, 'MT0', {
    fileSystemId: cfnFileSystem.attrFileSystemId,
    subnetId: 'subnet-aaa',
    securityGroups: [sg.securityGroupId],
  });
  mount(stack, vpc, cfnAccessPoint);
}

{
  const stack = new cdk.Stack(app, 'Deduplicated');
  const { cfnFileSystem, cfnAccessPoint } = fileSystemAndAccessPoint(stack);
  const vpc = new ec2.Vpc(stack, 'VPC', noRestrict);
  const sg = new ec2.SecurityGroup(stack, 'SG', { vpc });
  new s3files.CfnMountTarget(stack, 'MT0', {
    fileSystemId: cfnFileSystem.attrFileSystemId,
    subnetId: 'subnet-aaa',
    securityGroups: [sg.securityGroupId],
  });
  new s3files.CfnMountTarget(stack, 'MT1', {
    fileSystemId: cfnFileSystem.attrFileSystemId,
    subnetId: 'subnet-bbb',
    securityGroups: [sg.securityGroupId],
  });
  mount(stack, vpc, cfnAccessPoint);
}

{
  const stack = new cdk.Stack(app, 'RefAndAttr');
  const { cfnFileSystem } = fileSystemAndAccessPoint(stack);
  const apWithRef = new s3files.CfnAccessPoint(stack, 'APRef', {
    fileSystemId: cfnFileSystem.ref,
  });
  new s3files.CfnMountTarget(stack, 'MTAttr', {
    fileSystemId: cfnFileSystem.attrFileSystemId,
    subnetId: 'subnet-aaa',
    securityGroups: ['sg-111'],
  });
  mount(stack, new ec2.Vpc(stack, 'Vpc', noRestrict), apWithRef);
}

{
  const stack1 = new cdk.Stack(app, 'Stack1');
  const stack2 = new cdk.Stack(app, 'Stack2');
  const fs = new s3files.CfnFileSystem(stack1, 'FileSystem', {
    bucket: 'my-bucket',
    roleArn: 'arn:aws:iam::123456789012:role/S3FilesRole',
  });
  new s3files.CfnMountTarget(stack1, 'MT0', {
    fileSystemId: fs.attrFileSystemId,
    subnetId: 'subnet-aaa',
    securityGroups: ['sg-111'],
  });
  const ap = new s3files.CfnAccessPoint(stack2, 'AccessPoint', {
    fileSystemId: fs.attrFileSystemId,
  });
  mount(stack2, new ec2.Vpc(stack2, 'Vpc', noRestrict), ap);
}
app.synth();

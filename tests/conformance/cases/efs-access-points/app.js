// Conformance case 'efs-access-points': an EFS file system with non-default lifecycle, performance,
// throughput and removal policy, three access points (two by addAccessPoint, one by the AccessPoint
// constructor), and two functions mounting one each
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// (no Custom::VpcRestrictDefaultSG under the cdk init flags: its handler is ccdk's own, see efs-filesystem)
const vpc = new ec2.Vpc(stack, 'Network', { restrictDefaultSecurityGroup: false });

const fileSystem = new efs.FileSystem(stack, 'SharedFiles', {
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  fileSystemName: 'shared-files',
  lifecyclePolicy: efs.LifecyclePolicy.AFTER_14_DAYS,
  outOfInfrequentAccessPolicy: efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
  transitionToArchivePolicy: efs.LifecyclePolicy.AFTER_90_DAYS,
  performanceMode: efs.PerformanceMode.MAX_IO,
  throughputMode: efs.ThroughputMode.PROVISIONED,
  provisionedThroughputPerSecond: cdk.Size.mebibytes(256),
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  enableAutomaticBackups: true,
});

const uploads = fileSystem.addAccessPoint('Uploads', {
  path: '/uploads',
  createAcl: { ownerUid: '1000', ownerGid: '1000', permissions: '755' },
  posixUser: { uid: '1000', gid: '1000', secondaryGids: ['2000', '3000'] },
});
const reports = fileSystem.addAccessPoint('Reports', {
  path: '/reports',
  clientToken: 'reports-token',
});
new efs.AccessPoint(stack, 'Archive', { fileSystem });

const code = lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler'));
new lambda.Function(stack, 'Uploader', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code,
  vpc,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(uploads, '/mnt/uploads'),
  // the file system's statements come before these in the role's policy
  initialPolicy: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::uploads/*'] })],
  tracing: lambda.Tracing.ACTIVE,
});
new lambda.Function(stack, 'Reporter', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code,
  vpc,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(reports, '/mnt/reports'),
});

app.synth();

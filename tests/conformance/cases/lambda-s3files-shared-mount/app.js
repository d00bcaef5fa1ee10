// Conformance case 'lambda-s3files-shared-mount': every property of the three s3files L1s (tags with
// Tags.of's, the synchronization configuration, removal policies, attributes as outputs), and one
// lambda.FileSystem.fromS3FilesAccessPoint value (DirectS3Read.enabled of an imported bucket) shared by
// two functions: one allowing all outbound traffic, one not (an egress rule too), with currentVersion
// (S3FilesConfig is in the version hash). The VPC without restrictDefaultSecurityGroup.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const s3files = require('aws-cdk-lib/aws-s3files');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
cdk.Tags.of(stack).add('team', 'storage');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
const bucket = s3.Bucket.fromBucketName(stack, 'Bucket', 'my-data-bucket');

const fileSystem = new s3files.CfnFileSystem(stack, 'FileSystem', {
  acceptBucketWarning: true,
  bucket: bucket.bucketArn,
  clientToken: 'token-1',
  kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abcd',
  prefix: 'data/',
  roleArn: 'arn:aws:iam::123456789012:role/S3FilesRole',
  synchronizationConfiguration: {
    expirationDataRules: [{ daysAfterLastAccess: 30 }],
    importDataRules: [{ prefix: 'in/', sizeLessThan: 1048576, trigger: 'ON_FILE_ACCESS' }],
    latestVersionNumber: 2,
  },
  tags: [{ key: 'owner', value: 'me' }],
});
fileSystem.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);

const sgA = new ec2.SecurityGroup(stack, 'MountTargetSGA', { vpc });
const sgB = new ec2.SecurityGroup(stack, 'MountTargetSGB', { vpc });
vpc.privateSubnets.forEach((subnet, i) => {
  const mt = new s3files.CfnMountTarget(stack, `MountTarget${i}`, {
    fileSystemId: fileSystem.ref,
    ipAddressType: 'IPV4_ONLY',
    ipv4Address: i === 0 ? '10.0.128.10' : undefined,
    securityGroups: i === 0 ? [sgA.securityGroupId] : [sgA.securityGroupId, sgB.securityGroupId],
    subnetId: subnet.subnetId,
  });
  mt.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
});

const accessPoint = new s3files.CfnAccessPoint(stack, 'AccessPoint', {
  clientToken: 'ap-token',
  fileSystemId: fileSystem.attrFileSystemId,
  posixUser: { gid: '1000', secondaryGids: ['2000', '3000'], uid: '1000' },
  rootDirectory: { path: '/lambda' },
  tags: [{ key: 'purpose', value: 'lambda' }],
});
accessPoint.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE);

const filesystem = lambda.FileSystem.fromS3FilesAccessPoint(accessPoint, '/mnt/shared', {
  directS3Read: lambda.DirectS3Read.enabled(bucket),
});
const fn1 = new lambda.Function(stack, 'Reader', {
  vpc,
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_12,
  code: lambda.Code.fromInline('def handler(event, context): pass'),
  filesystem,
});
new lambda.Function(stack, 'Writer', {
  vpc,
  allowAllOutbound: false,
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_12,
  code: lambda.Code.fromInline('def handler(event, context): return 1'),
  filesystem,
});
new cdk.CfnOutput(stack, 'ReaderVersion', { value: fn1.currentVersion.functionArn });

new cdk.CfnOutput(stack, 'Attrs', {
  value: cdk.Fn.join(',', [
    fileSystem.attrCreationTime, fileSystem.attrFileSystemArn, fileSystem.attrOwnerId, fileSystem.attrStatus,
    fileSystem.attrStatusMessage, accessPoint.ref, accessPoint.attrAccessPointId, accessPoint.attrOwnerId,
    accessPoint.attrStatus,
  ]),
});
new cdk.CfnOutput(stack, 'LatestVersion', {
  value: cdk.Token.asString(fileSystem.attrSynchronizationConfigurationLatestVersionNumber),
});
app.synth();

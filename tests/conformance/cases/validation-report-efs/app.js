// Conformance case 'validation-report-efs': aws-cdk-lib's CloudFormation validator at synth on what
// the EFS L2s write (validation-report.json): access point paths CloudFormation refuses (relative,
// five levels, a name starting with '.', over 100 characters), createAcl permissions that are not
// octal and owner ids out of range, POSIX user ids out of range and 17 secondary groups, the literal
// id of an imported file system that is not one (an access point's, a replication destination's)
// (F3031, F3032, F3033, F3034), a provisioned throughput of 0 MiB/s (F3034), and the values that
// pass; creation stack traces off.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App({ context: { 'aws:cdk:disable-creation-stack-traces': true } });
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { natGateways: 0, maxAzs: 1, restrictDefaultSecurityGroup: false });
const fileSystem = new efs.FileSystem(stack, 'Files', { vpc });

fileSystem.addAccessPoint('Relative', { path: 'export/lambda' });
fileSystem.addAccessPoint('TooDeep', { path: '/a/b/c/d/e' });
fileSystem.addAccessPoint('Hidden', { path: '/data/.cache' });
fileSystem.addAccessPoint('TooLong', { path: `/${'x'.repeat(100)}` });
fileSystem.addAccessPoint('Fine', {
  path: '/a/b/c/d',
  createAcl: { ownerUid: '0', ownerGid: '4294967295', permissions: '0755' },
  posixUser: { uid: '1000', gid: '1000', secondaryGids: ['0', '4294967295'] },
  clientToken: 'x'.repeat(64),
});
fileSystem.addAccessPoint('BadAcl', {
  path: '/shared',
  createAcl: { ownerUid: '-1', ownerGid: '4294967296', permissions: '0855' },
});
fileSystem.addAccessPoint('BadUser', {
  posixUser: { uid: '-5', gid: '4294967296', secondaryGids: ['-1', '1', '4294967296'] },
});
fileSystem.addAccessPoint('ManyGroups', {
  posixUser: { uid: '1', gid: '1', secondaryGids: Array.from({ length: 17 }, (_, i) => String(i)) },
});
fileSystem.addAccessPoint('NotNumbers', { posixUser: { uid: 'abc', gid: '1.5' } });

const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0');
const imported = efs.FileSystem.fromFileSystemAttributes(stack, 'Imported', { fileSystemId: 'fs123', securityGroup: sg });
new efs.AccessPoint(stack, 'OnImport', { fileSystem: imported });
new efs.FileSystem(stack, 'ToImport', { vpc, replicationConfiguration: efs.ReplicationConfiguration.existingFileSystem(imported) });
const good = efs.FileSystem.fromFileSystemAttributes(stack, 'Good', { fileSystemId: 'fs-0123456789abcdef0', securityGroup: sg });
new efs.AccessPoint(stack, 'OnGood', { fileSystem: good });
const byArn = efs.FileSystem.fromFileSystemAttributes(stack, 'ByArn', {
  fileSystemArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0',
  securityGroup: sg,
});
new efs.AccessPoint(stack, 'OnArn', { fileSystem: byArn });

new efs.FileSystem(stack, 'Zero', {
  vpc,
  throughputMode: efs.ThroughputMode.PROVISIONED,
  provisionedThroughputPerSecond: cdk.Size.mebibytes(0),
});
app.synth();

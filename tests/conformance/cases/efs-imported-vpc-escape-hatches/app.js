// Conformance case 'efs-imported-vpc-escape-hatches': EFS as a user of an imported VPC writes it: a
// file system in a named isolated subnet group encrypted with an imported key, the custom
// AccessPoint of access-point.test.ts (createAcl, path, POSIX user with secondary groups) built
// with new AccessPoint, escape hatches on both L1s (node.defaultChild), connections
// (allowDefaultPortFrom a group, allowDefaultPortFromAnyIpv4), an imported file system granted to a
// role and used as a replication destination, and a resource depending on mountTargetsAvailable.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Network', {
  vpcId: 'vpc-0123456789abcdef0',
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  privateSubnetIds: ['subnet-0aaa', 'subnet-0bbb'],
  isolatedSubnetIds: ['subnet-0ccc', 'subnet-0ddd'],
  isolatedSubnetNames: ['Data'],
});
const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
const fileSystem = new efs.FileSystem(stack, 'EfsFileSystem', {
  vpc,
  vpcSubnets: { subnetGroupName: 'Data' },
  encrypted: true,
  kmsKey: key,
});
const ap = new efs.AccessPoint(stack, 'MyAccessPoint', {
  fileSystem,
  createAcl: { ownerGid: '1000', ownerUid: '1000', permissions: '755' },
  path: '/export/share',
  posixUser: { gid: '1000', uid: '1000', secondaryGids: ['1001', '1002'] },
});
fileSystem.node.defaultChild.addPropertyOverride('BypassPolicyLockoutSafetyCheck', true);
ap.node.defaultChild.addPropertyOverride('ClientToken', 'my-token');

const clients = new ec2.SecurityGroup(stack, 'Clients', { vpc, allowAllOutbound: false });
fileSystem.connections.allowDefaultPortFrom(clients, 'from the clients');
fileSystem.connections.allowDefaultPortFromAnyIpv4('from anywhere');

const other = efs.FileSystem.fromFileSystemAttributes(stack, 'Other', {
  fileSystemId: 'fs-0123456789abcdef0',
  securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'OtherSg', 'sg-0123456789abcdef0', { allowAllOutbound: false }),
});
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
other.grantReadWrite(role);
other.connections.allowDefaultPortFrom(clients);
new efs.FileSystem(stack, 'Replicated', {
  vpc,
  replicationConfiguration: efs.ReplicationConfiguration.existingFileSystem(other),
});

const waiter = new cdk.CfnResource(stack, 'Waiter', { type: 'AWS::CloudFormation::WaitConditionHandle' });
waiter.node.addDependency(fileSystem.mountTargetsAvailable);
new cdk.CfnOutput(stack, 'AccessPointArn', { value: ap.accessPointArn });
new cdk.CfnOutput(stack, 'OtherArn', { value: other.fileSystemArn });
app.synth();

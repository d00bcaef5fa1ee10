// Conformance case 'efs-file-system-props': efs-file-system.test.ts's props, a file system each: one
// under the VPC as its scope (its mount targets' ids under either value of
// @aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId), encrypted, a KMS key, lifecycle policies
// alone and together, bursting, elastic with GENERAL_PURPOSE, provisioned, a Name tag of the user's,
// One Zone in a given AZ (a real one, and one the environment-agnostic VPC cannot check), regional
// and One Zone replication, and a VPC with two subnet groups in one AZ (one mount target).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false });

new efs.FileSystem(vpc, 'EfsFileSystem', { vpc });
new efs.FileSystem(stack, 'Encrypted', { vpc, encrypted: true });
new efs.FileSystem(stack, 'CustomKey', { vpc, encrypted: true, kmsKey: new kms.Key(stack, 'customKeyFS') });
new efs.FileSystem(stack, 'Lifecycle', { vpc, lifecyclePolicy: efs.LifecyclePolicy.AFTER_7_DAYS });
new efs.FileSystem(stack, 'LifecycleOutOfIa', {
  vpc,
  lifecyclePolicy: efs.LifecyclePolicy.AFTER_7_DAYS,
  outOfInfrequentAccessPolicy: efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
});
new efs.FileSystem(stack, 'Archive', { vpc, transitionToArchivePolicy: efs.LifecyclePolicy.AFTER_1_DAY });
new efs.FileSystem(stack, 'Bursting', { vpc, throughputMode: efs.ThroughputMode.BURSTING });
new efs.FileSystem(stack, 'Elastic', {
  vpc,
  throughputMode: efs.ThroughputMode.ELASTIC,
  performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
});
new efs.FileSystem(stack, 'Provisioned', {
  vpc,
  throughputMode: efs.ThroughputMode.PROVISIONED,
  provisionedThroughputPerSecond: cdk.Size.mebibytes(5),
});
const tagged = new efs.FileSystem(stack, 'Tagged', { vpc });
cdk.Tags.of(tagged).add('Name', 'LookAtMeAndMyFancyTags');
new efs.FileSystem(stack, 'OneZoneAz', { vpc, oneZone: true, vpcSubnets: { availabilityZones: ['us-east-1a'] } });
// vpc.availabilityZones are tokens here: no check
new efs.FileSystem(stack, 'OneZoneUnchecked', { vpc, oneZone: true, vpcSubnets: { availabilityZones: ['not-exist-zone'] } });
new efs.FileSystem(stack, 'ToRegion', {
  vpc,
  replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem('ap-northeast-1'),
});
new efs.FileSystem(stack, 'ToOneZone', {
  vpc,
  replicationConfiguration: efs.ReplicationConfiguration.oneZoneFileSystem('us-east-1', 'us-east-1a',
    new kms.Key(stack, 'customKey')),
});

const oneAzVpc = new ec2.Vpc(stack, 'Vpc', {
  restrictDefaultSecurityGroup: false,
  maxAzs: 1,
  subnetConfiguration: [
    { name: 'One', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    { name: 'Two', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  ],
  natGateways: 0,
});
new efs.FileSystem(stack, 'OneAz', { vpc: oneAzVpc });
app.synth();

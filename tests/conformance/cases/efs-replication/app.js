// Conformance case 'efs-replication': a file system encrypted with a KMS key, replicationConfiguration in its three forms (an existing
// file system, a regional one with a KMS key or the stack's region, a One Zone one) and
// replicationOverwriteProtection on the destination
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');

const replica = new efs.FileSystem(stack, 'Replica', {
  vpc,
  kmsKey: new kms.Key(stack, 'ReplicaKey'),
  replicationOverwriteProtection: efs.ReplicationOverwriteProtection.DISABLED,
});
new efs.FileSystem(stack, 'ToExisting', {
  vpc,
  replicationConfiguration: efs.ReplicationConfiguration.existingFileSystem(replica),
});
new efs.FileSystem(stack, 'ToRegion', {
  vpc,
  replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem('us-west-2', key),
  replicationOverwriteProtection: efs.ReplicationOverwriteProtection.ENABLED,
});
new efs.FileSystem(stack, 'ToOneZone', {
  vpc,
  replicationConfiguration: efs.ReplicationConfiguration.oneZoneFileSystem('us-east-1', 'us-east-1a', key),
});
new efs.FileSystem(stack, 'ToHere', {
  vpc,
  replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem(),
});
app.synth();

// Conformance case 'integ-efs-filesystem-replication': aws-efs test/integ.efs-filesystem-replication.ts
// (dropped: the IntegTest). Adapted: aws-cdk-lib 2.276.0's replicationConfiguration is one
// ReplicationConfiguration, not the integ file's array of plain objects, so its factories
// (oneZoneFileSystem, existingFileSystem) stand for them.
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const cdk = require('aws-cdk-lib');
const efs = require('aws-cdk-lib/aws-efs');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'efsReplication');

const vpc = new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
});

const kmsKey = new kms.Key(stack, 'Key', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

new efs.FileSystem(stack, 'oneZoneReplicationFileSystem', {
  vpc,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  replicationConfiguration: efs.ReplicationConfiguration.oneZoneFileSystem('us-east-1', 'us-east-1a', kmsKey),
});

const destination = new efs.FileSystem(stack, 'destinationFileSystem', {
  vpc,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  replicationOverwriteProtection: efs.ReplicationOverwriteProtection.DISABLED,
});

new efs.FileSystem(stack, 'existFileSystemReplication', {
  vpc,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  replicationConfiguration: efs.ReplicationConfiguration.existingFileSystem(destination),
});

app.synth();

// Conformance case 'error-efs-replication-overwrite-disabled': error: a replicationConfiguration on
// a file system whose replicationOverwriteProtection is DISABLED (efs-file-system.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
new efs.FileSystem(stack, 'EfsFileSystem', {
  vpc,
  replicationConfiguration: efs.ReplicationConfiguration.regionalFileSystem('ap-northeast-1'),
  replicationOverwriteProtection: efs.ReplicationOverwriteProtection.DISABLED,
});
app.synth();

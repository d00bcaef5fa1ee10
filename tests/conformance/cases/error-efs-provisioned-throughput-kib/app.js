// Conformance case 'error-efs-provisioned-throughput-kib': error: provisionedThroughputPerSecond of
// Size.kibibytes(10), less than a mebibyte (efs-file-system.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
new efs.FileSystem(stack, 'EfsFileSystem', {
  vpc,
  throughputMode: efs.ThroughputMode.PROVISIONED,
  provisionedThroughputPerSecond: cdk.Size.kibibytes(10),
});
app.synth();

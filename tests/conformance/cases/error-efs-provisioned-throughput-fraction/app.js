// Conformance case 'error-efs-provisioned-throughput-fraction': error: provisionedThroughputPerSecond of
// Size.kibibytes(2050), not a whole number of mebibytes (efs-file-system.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
new efs.FileSystem(stack, 'EfsFileSystem2', {
  vpc,
  throughputMode: efs.ThroughputMode.PROVISIONED,
  provisionedThroughputPerSecond: cdk.Size.kibibytes(2050),
});
app.synth();

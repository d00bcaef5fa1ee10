// Conformance case 'efs-provisioned-throughput-fractional': a PROVISIONED file system of
// Size.mebibytes(1.5) per second. provisionedThroughputPerSecond.toMebibytes() of a mebibytes amount
// is the amount itself (Size's convert() checks whole numbers only across units), so aws-cdk-lib
// writes ProvisionedThroughputInMibps 1.5; ccdk used to refuse it. Found by gen_err.py (de-295).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
new efs.FileSystem(stack, 'Efs', {
  vpc,
  throughputMode: efs.ThroughputMode.PROVISIONED,
  provisionedThroughputPerSecond: cdk.Size.mebibytes(1.5),
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
app.synth();

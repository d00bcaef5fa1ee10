// Conformance case 'integ-efs-filesystem-protection': aws-efs test/integ.efs-filesystem-protection.ts
// (dropped: the IntegTest; app.synth() added).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const cdk = require('aws-cdk-lib');
const { FileSystem, ReplicationOverwriteProtection } = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'test-efs-protection-integ');

const vpc = new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
});

new FileSystem(stack, 'FileSystem', {
  vpc,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  replicationOverwriteProtection: ReplicationOverwriteProtection.DISABLED,
});

app.synth();

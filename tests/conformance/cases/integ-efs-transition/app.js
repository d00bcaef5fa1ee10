// Conformance case 'integ-efs-transition': aws-efs test/integ.efs-transition.ts
// (dropped: the IntegTest; app.synth() added). Adapted: the integ file's transitionToArchive is
// aws-cdk-lib 2.276.0's transitionToArchivePolicy.
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const cdk = require('aws-cdk-lib');
const { FileSystem, LifecyclePolicy, OutOfInfrequentAccessPolicy } = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'test-efs-transition-integ');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1, restrictDefaultSecurityGroup: false });

new FileSystem(stack, 'FileSystem', {
  vpc,
  lifecyclePolicy: LifecyclePolicy.AFTER_14_DAYS,
  transitionToArchivePolicy: LifecyclePolicy.AFTER_90_DAYS,
  outOfInfrequentAccessPolicy: OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
});

app.synth();

// Conformance case 'integ-efs-filesystem-one-zone': aws-efs test/integ.efs-filesystem-one-zone.ts
// (dropped: the IntegTest).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const cdk = require('aws-cdk-lib');
const { FileSystem } = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'test-efs-one-zone-integ');

const vpc = new ec2.Vpc(stack, 'Vpc');

new FileSystem(stack, 'FileSystem', {
  vpc,
  oneZone: true,
});

app.synth();

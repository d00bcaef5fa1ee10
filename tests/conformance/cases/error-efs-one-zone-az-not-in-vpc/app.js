// Conformance case 'error-efs-one-zone-az-not-in-vpc': a One Zone file system whose
// vpcSubnets.availabilityZones is not among the VPC's (literal) ones (efs-file-system.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc2 = new ec2.Vpc(stack, 'Vpc2', { availabilityZones: ['zonea', 'zoneb', 'zonec'] });
new efs.FileSystem(stack, 'EfsFileSystem', {
  vpc: vpc2,
  oneZone: true,
  vpcSubnets: { availabilityZones: ['not-exist-zone'] },
});
app.synth();

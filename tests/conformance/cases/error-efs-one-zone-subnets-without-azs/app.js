// Conformance case 'error-efs-one-zone-subnets-without-azs': error: a One Zone file system with
// vpcSubnets (a subnet type) but no vpcSubnets.availabilityZones (efs-file-system.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC');
new efs.FileSystem(stack, 'EfsFileSystem', { vpc, oneZone: true, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
app.synth();

// Conformance case 'efs-subnet-filters': an EFS FileSystem whose vpcSubnets has subnetFilters only
// (a selection of filters alone is a given selection: mount targets in the filtered subnets).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false, ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'), maxAzs: 3 });
new efs.FileSystem(stack, 'Fs', {
  vpc,
  vpcSubnets: { subnetFilters: [ec2.SubnetFilter.containsIpAddresses(['10.0.160.0'])] },
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
app.synth();

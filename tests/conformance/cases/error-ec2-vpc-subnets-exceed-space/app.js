// Conformance case 'error-ec2-vpc-subnets-exceed-space': network-utils.test.ts "throws if you add a subnet outside of the cidr": two /24 groups in two AZs fill a /22, a /28 group finds no room.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
  ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/22'),
  maxAzs: 3,
  subnetConfiguration: [
    { name: 'A', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
    { name: 'B', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
    { name: 'C', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 28 },
  ],
});
app.synth();

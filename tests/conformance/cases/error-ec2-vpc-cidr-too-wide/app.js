// Conformance case 'error-ec2-vpc-cidr-too-wide': a /8 VPC block: maskForRemainingSubnets gives /10 subnets, which addSubnets refuses (InvalidCidrRangeError).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
  ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/8'),
});
app.synth();

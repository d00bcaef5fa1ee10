// Conformance case 'error-ec2-vpc-cidr-missing-mask': IpAddresses.cidr of an address without a mask: CidrBlock computes with a NaN mask and numToIp fails ("NaN.NaN.NaN.NaN is not a valid IP Address").
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
  ipAddresses: ec2.IpAddresses.cidr('10.0.0.0'),
});
app.synth();

// Conformance case 'error-ec2-vpc-ipam-space-too-small': ip-addresses.test.ts "Should throw if
// ipv4NetmaskLength not big enough to allocate subnets" (four /17s in a /18).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const ipAddresses = ec2.IpAddresses.awsIpamAllocation({
  ipv4IpamPoolId: 'ipam-pool-0111222333444',
  ipv4NetmaskLength: 18,
  defaultSubnetIpv4NetmaskLength: 17,
});
new ec2.Vpc(stack, 'VpcNetwork', { ipAddresses });
app.synth();

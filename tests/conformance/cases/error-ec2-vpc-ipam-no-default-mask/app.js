// Conformance case 'error-ec2-vpc-ipam-no-default-mask': ip-addresses.test.ts "Should throw if there
// are subnets without explicit Cidr and no defaultCidr given".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const ipAddresses = ec2.IpAddresses.awsIpamAllocation({ ipv4IpamPoolId: 'ipam-pool-0111222333444', ipv4NetmaskLength: 22 });
new ec2.Vpc(stack, 'VpcNetwork', { ipAddresses });
app.synth();

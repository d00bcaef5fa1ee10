// Conformance case 'error-vpc-ipv6-addresses-without-dual-stack': error: ipv6Addresses on a VPC
// that is IPv4 only
// Ported from aws-cdk: vpc.test.ts (error should occur if IPv6 properties are provided for a
// non-dual-stack VPC)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'NonDualStackStack');
new ec2.Vpc(stack, 'Vpc', {
  ipv6Addresses: ec2.Ipv6Addresses.amazonProvided(),
});
app.synth();

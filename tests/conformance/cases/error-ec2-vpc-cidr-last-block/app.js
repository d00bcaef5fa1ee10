// Conformance case 'error-ec2-vpc-cidr-last-block': network-utils.test.ts "should throw an error for invalid IP": the last subnet of 255.255.0.0/16 ends the address space, its nextBlock() is 256.0.0.0 (numToIp).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
  ipAddresses: ec2.IpAddresses.cidr('255.255.0.0/16'),
});
app.synth();

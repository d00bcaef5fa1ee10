// Conformance case 'error-ec2-vpc-cidr-invalid-ip': network-utils.test.ts "should throw on invalid IP Address": IpAddresses.cidr of an address with an octet past 255 (ipToNum).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
  ipAddresses: ec2.IpAddresses.cidr('174.266.173.168/16'),
});
app.synth();

// Conformance case 'error-ec2-vpc-subnet-mask-range': network-utils.test.ts "throws on subnets < 16 or > 28": a subnet group with cidrMask 29.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
  subnetConfiguration: [{ name: 'Tiny', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 29 }],
});
app.synth();

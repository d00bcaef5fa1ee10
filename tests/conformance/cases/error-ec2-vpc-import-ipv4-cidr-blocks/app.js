// Conformance case 'error-ec2-vpc-import-ipv4-cidr-blocks': vpc.test.ts fromVpcAttributes "throws
// on incorrect number of subnet IPv4 CIDR blocks".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
  vpcId: 'vpc-1234',
  availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  publicSubnetIds: ['s-12345', 's-34567', 's-56789'],
  publicSubnetIpv4CidrBlocks: ['10.0.0.0/18', '10.0.64.0/18'],
});
app.synth();

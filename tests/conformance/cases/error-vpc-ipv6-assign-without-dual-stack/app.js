// Conformance case 'error-vpc-ipv6-assign-without-dual-stack': error: a subnet group with
// ipv6AssignAddressOnCreation in an IPv4-only VPC (ipProtocol IPV4_ONLY given)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.Vpc(stack, 'Vpc', {
  ipProtocol: ec2.IpProtocol.IPV4_ONLY,
  maxAzs: 1,
  subnetConfiguration: [
    { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, ipv6AssignAddressOnCreation: false },
  ],
});
app.synth();

// Conformance case 'error-ec2-vpc-vpn-gateway-no-subnets': vpnGateway in a VPC whose only subnet
// group is reserved: "Can not enable the VPN gateway while the VPC has no subnets at all".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new ec2.Vpc(stack, 'Vpc', {
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED, name: 'Later', reserved: true }],
  vpnGateway: true,
});
app.synth();

// Conformance case 'error-vpc-add-route-both-destinations': Subnet.addRoute with both an IPv4 and
// an IPv6 destination is aws-cdk-lib's error on the subnet.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, restrictDefaultSecurityGroup: false });
vpc.publicSubnets[0].addRoute('Both', {
  routerId: vpc.internetGatewayId,
  routerType: ec2.RouterType.GATEWAY,
  destinationCidrBlock: '8.8.8.8/32',
  destinationIpv6CidrBlock: '2001:db8::/32',
});
app.synth();

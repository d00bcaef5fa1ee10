// Conformance case 'integ-ec2-vpc-endpoint-ip-address-type': aws-ec2
// test/integ.vpc-endpoint-ip-address-type.ts (dropped: the IntegTest; app.synth() added).
'use strict';
const { App, Stack } = require('aws-cdk-lib/core');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new App();
const stack = new Stack(app, 'VpcEndpointIpAddressTypeStack');

const vpc = new ec2.Vpc(stack, 'DualStackVpc', {
  ipProtocol: ec2.IpProtocol.DUAL_STACK,
});

vpc.addInterfaceEndpoint('IPv4', {
  privateDnsEnabled: false,
  service: ec2.InterfaceVpcEndpointAwsService.BEDROCK,
  subnets: { subnetType: ec2.SubnetType.PUBLIC },
  ipAddressType: ec2.IpAddressType.IPV4,
});

vpc.addInterfaceEndpoint('IPv6', {
  privateDnsEnabled: false,
  service: ec2.InterfaceVpcEndpointAwsService.S3_TABLES,
  subnets: { subnetType: ec2.SubnetType.PUBLIC },
  ipAddressType: ec2.IpAddressType.IPV6,
});

app.synth();

// Conformance case 'vpc-dual-stack': ipProtocol DUAL_STACK in one stack each: the default subnet
// groups (the VPC's Amazon-provided IPv6 block, a /64 per subnet, ::/0 routes to the internet
// gateway and, from the private subnets, to an egress-only internet gateway); public subnets only
// (the egress-only gateway comes with or without private subnets as the feature flag
// requirePrivateSubnetsForEgressOnlyInternetGateway says: it differs between the contexts);
// custom groups with ipv6AssignAddressOnCreation, mapPublicIpOnLaunch, a reserved group and a
// reserved AZ (they take their share of the Fn::Cidr split); no internet gateway.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const s1 = new cdk.Stack(app, 'Default');
new ec2.Vpc(s1, 'Vpc', {
  ipProtocol: ec2.IpProtocol.DUAL_STACK,
  natGateways: 1,
  restrictDefaultSecurityGroup: false,
});
const s2 = new cdk.Stack(app, 'PublicOnly');
new ec2.Vpc(s2, 'Vpc', {
  ipProtocol: ec2.IpProtocol.DUAL_STACK,
  ipv6Addresses: ec2.Ipv6Addresses.amazonProvided(),
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [{ name: 'Web', subnetType: ec2.SubnetType.PUBLIC }],
});
const s3 = new cdk.Stack(app, 'Custom');
const vpc = new ec2.Vpc(s3, 'Network', {
  ipProtocol: ec2.IpProtocol.DUAL_STACK,
  ipAddresses: ec2.IpAddresses.cidr('172.20.0.0/20'),
  availabilityZones: ['eu-west-1a', 'eu-west-1b'],
  reservedAzs: 1,
  natGateways: 2,
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [
    { name: 'Edge', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: true },
    { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24, ipv6AssignAddressOnCreation: false },
    { name: 'Spare', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 26, reserved: true },
    { name: 'Db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, ipv6AssignAddressOnCreation: true },
  ],
});
new cdk.CfnOutput(s3, 'VpcId', { value: vpc.vpcId });
const s4 = new cdk.Stack(app, 'NoIgw');
new ec2.Vpc(s4, 'Vpc', {
  ipProtocol: ec2.IpProtocol.DUAL_STACK,
  createInternetGateway: false,
  natGateways: 0,
  maxAzs: 1,
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [
    { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  ],
});
app.synth();

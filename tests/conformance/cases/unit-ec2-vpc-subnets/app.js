// Conformance case 'unit-ec2-vpc-subnets': vpc.test.ts, "When creating a VPC": subnet
// configurations (reserved groups, CIDR masks, mapPublicIpOnLaunch), maxAzs / availabilityZones and
// natGateways / natGatewaySubnets, one stack per test (getTestStack(): account 123456789012,
// us-east-1). restrictDefaultSecurityGroup: false as in unit-ec2-vpc-create.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const testStack = (id) => new cdk.Stack(app, id, { env });
const nr = { restrictDefaultSecurityGroup: false };
const { PUBLIC, PRIVATE_WITH_EGRESS, PRIVATE_ISOLATED } = ec2.SubnetType;

// with only reserved subnets as public subnets, should not create the internet gateway
new ec2.Vpc(testStack('ReservedPublicOnly'), 'TheVPC', {
  ...nr,
  subnetConfiguration: [
    { subnetType: PRIVATE_ISOLATED, name: 'isolated' },
    { subnetType: PUBLIC, name: 'public', reserved: true },
  ],
});
// with only reserved subnets as private subnets with egress, should not create the internet gateway
new ec2.Vpc(testStack('ReservedEgressOnly'), 'TheVPC', {
  ...nr,
  subnetConfiguration: [
    { subnetType: PRIVATE_ISOLATED, name: 'isolated' },
    { subnetType: PRIVATE_WITH_EGRESS, name: 'egress', reserved: true },
  ],
});
// with subnets and reserved subnets defined, VPC subnet count should not contain reserved subnets
new ec2.Vpc(testStack('ReservedCount'), 'TheVPC', {
  ...nr,
  ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
  subnetConfiguration: [
    { cidrMask: 24, subnetType: PUBLIC, name: 'Public' },
    { cidrMask: 24, name: 'reserved', subnetType: PRIVATE_WITH_EGRESS, reserved: true },
    { cidrMask: 28, name: 'rds', subnetType: PRIVATE_ISOLATED },
  ],
  maxAzs: 3,
});
// with reserved subnets, any other subnets should not have cidrBlock from within reserved space
new ec2.Vpc(testStack('ReservedCidr'), 'TheVPC', {
  ...nr,
  ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
  subnetConfiguration: [
    { cidrMask: 24, name: 'ingress', subnetType: PUBLIC },
    { cidrMask: 24, name: 'reserved', subnetType: PRIVATE_WITH_EGRESS, reserved: true },
    { cidrMask: 24, name: 'rds', subnetType: PRIVATE_WITH_EGRESS },
  ],
  maxAzs: 3,
});
// with custom subnets, the VPC should have the right number of subnets, an IGW, and a NAT Gateway
// per AZ; with custom subnets and natGateways = 2 there should be only two NATGW
for (const [name, natGateways] of [['CustomSubnets', undefined], ['CustomSubnetsTwoNat', 2]]) {
  new ec2.Vpc(testStack(name), 'TheVPC', {
    ...nr,
    ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/21'),
    natGateways,
    subnetConfiguration: [
      { cidrMask: 24, name: 'ingress', subnetType: PUBLIC },
      { cidrMask: 24, name: 'application', subnetType: PRIVATE_WITH_EGRESS },
      { cidrMask: 28, name: 'rds', subnetType: PRIVATE_ISOLATED },
    ],
    maxAzs: 3,
  });
}
// with public subnets MapPublicIpOnLaunch is true (by default, or given true); false if given false
for (const [name, mapPublicIpOnLaunch] of [['MapPublicDefault', undefined], ['MapPublicTrue', true], ['MapPublicFalse', false]]) {
  new ec2.Vpc(testStack(name), 'VPC', {
    ...nr,
    maxAzs: 1,
    subnetConfiguration: [{ cidrMask: 24, name: 'ingress', subnetType: PUBLIC, mapPublicIpOnLaunch }],
  });
}
// maxAZs defaults to 3 if unset; with maxAZs set to 2
new ec2.Vpc(testStack('MaxAzsDefault'), 'VPC', { ...nr });
new ec2.Vpc(testStack('MaxAzsTwo'), 'VPC', { ...nr, maxAzs: 2 });
// with availabilityZones set correctly (the stack's second AZ)
{
  const stack = testStack('AzsSetCorrectly');
  new ec2.Vpc(stack, 'VPC', { ...nr, availabilityZones: [stack.availabilityZones[1]] });
}
// does not throw with availability zones set without context in non-agnostic stack
new ec2.Vpc(testStack('AzsWithoutContext'), 'VPC', { ...nr, availabilityZones: ['us-east-1a'] });
// agnostic stack without context with defined vpc AZs
new ec2.Vpc(new cdk.Stack(app, 'AgnosticAzs'), 'VPC', { ...nr, availabilityZones: ['us-east-1a'] });
// with natGateway set to 1
new ec2.Vpc(testStack('NatOne'), 'VPC', { ...nr, natGateways: 1 });
// with natGateway subnets defined
new ec2.Vpc(testStack('NatSubnets'), 'VPC', {
  ...nr,
  subnetConfiguration: [
    { cidrMask: 24, name: 'ingress', subnetType: PUBLIC },
    { cidrMask: 24, name: 'egress', subnetType: PUBLIC },
    { cidrMask: 24, name: 'private', subnetType: PRIVATE_WITH_EGRESS },
  ],
  natGatewaySubnets: { subnetGroupName: 'egress' },
});
// natGateways = 0 succeeds if PRIVATE_WITH_EGRESS subnets configured
new ec2.Vpc(testStack('NatZeroEgress'), 'VPC', {
  ...nr,
  natGateways: 0,
  subnetConfiguration: [
    { name: 'public', subnetType: PUBLIC },
    { name: 'private', subnetType: PRIVATE_WITH_EGRESS },
  ],
});
// natGateway = 0 defaults with ISOLATED subnet; unspecified natGateways constructs with PRIVATE subnet
new ec2.Vpc(testStack('NatZeroDefaults'), 'VPC', { ...nr, natGateways: 0 });
new ec2.Vpc(testStack('NatUnspecified'), 'VPC', { ...nr });
// natGateways = 0 allows RESERVED PRIVATE subnets
new ec2.Vpc(testStack('NatZeroReservedPrivate'), 'VPC', {
  ...nr,
  ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
  subnetConfiguration: [
    { name: 'ingress', subnetType: PUBLIC },
    { name: 'private', subnetType: PRIVATE_WITH_EGRESS, reserved: true },
  ],
  natGateways: 0,
});
app.synth();

// Conformance case 'unit-ec2-ip-addresses': ip-addresses.test.ts through a Vpc, one stack per test
// or group. allocateVpcCidr/allocateSubnetsCidr are read from the VPC's and subnets' CidrBlock,
// Ipv4IpamPoolId and Ipv4NetmaskLength (a single AZ 'dummyAz1' gives the tests' requested subnets);
// "recursive splitting" (cidrSplitToCfnExpression with more than 256 blocks) through an IPAM VPC
// whose second subnet is block 2048 of 4096 /28s. Every VPC sets restrictDefaultSecurityGroup:
// false (the tests run without that feature flag).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const nr = { restrictDefaultSecurityGroup: false };
const twoSubnets = (publicMask, privateMask) => [
  { name: 'public', subnetType: ec2.SubnetType.PUBLIC, ...(publicMask ? { cidrMask: publicMask } : {}) },
  { name: 'private-with-egress', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, ...(privateMask ? { cidrMask: privateMask } : {}) },
];
const awsIpamProps = { ipv4IpamPoolId: 'ipam-pool-0111222333444', ipv4NetmaskLength: 22 };

// Cidr vpc allocation; IpAddresses.cidr Vpc Integration (the VPC's block, four /18 subnets)
{
  const stack = new cdk.Stack(app, 'CidrVpcIntegration');
  new ec2.Vpc(stack, 'VpcNetwork', { ...nr, ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16') });
}
// IpAddresses.cidr subnets allocation: without, with and with mixed subnet masks
for (const [name, pub, priv] of [['CidrNoMasks'], ['CidrMasks', 24, 24], ['CidrMixedMasks', undefined, 24]]) {
  const stack = new cdk.Stack(app, name);
  new ec2.Vpc(stack, 'VpcNetwork', {
    ...nr,
    ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
    availabilityZones: ['dummyAz1'],
    subnetConfiguration: twoSubnets(pub, priv),
  });
}
// AwsIpam vpc allocation; AwsIpam subnets allocation (no masks with a default, masks without a
// default, mixed with a default)
for (const [name, dflt, pub, priv] of [['IpamNoMasks', 24], ['IpamMasks', undefined, 24, 24], ['IpamMixedMasks', 24, undefined, 24]]) {
  const stack = new cdk.Stack(app, name);
  new ec2.Vpc(stack, 'VpcNetwork', {
    ...nr,
    ipAddresses: ec2.IpAddresses.awsIpamAllocation({ ...(dflt ? { defaultSubnetIpv4NetmaskLength: dflt } : {}), ...awsIpamProps }),
    availabilityZones: ['dummyAz1'],
    subnetConfiguration: twoSubnets(pub, priv),
  });
}
// AwsIpam provides the correct Cidr allocation / Subnet allocation to the Vpc
{
  const stack = new cdk.Stack(app, 'IpamVpcIntegration');
  new ec2.Vpc(stack, 'VpcNetwork', {
    ...nr,
    ipAddresses: ec2.IpAddresses.awsIpamAllocation({ ...awsIpamProps, defaultSubnetIpv4NetmaskLength: 24 }),
  });
}
// Should be able to allocate subnets from a SubnetConfiguration in Vpc Constructor
{
  const stack = new cdk.Stack(app, 'IpamSubnetConfiguration');
  new ec2.Vpc(stack, 'VpcNetwork', {
    ...nr,
    ipAddresses: ec2.IpAddresses.awsIpamAllocation({
      ipv4IpamPoolId: 'ipam-pool-0111222333444',
      ipv4NetmaskLength: 18,
      defaultSubnetIpv4NetmaskLength: 17,
    }),
    subnetConfiguration: [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 }],
    maxAzs: 2,
  });
}
// recursive splitting when CIDR needs to be split more than 256 times
{
  const stack = new cdk.Stack(app, 'IpamRecursiveSplit');
  new ec2.Vpc(stack, 'VpcNetwork', {
    ...nr,
    ipAddresses: ec2.IpAddresses.awsIpamAllocation({ ipv4IpamPoolId: 'ipam-pool-0111222333444', ipv4NetmaskLength: 16 }),
    availabilityZones: ['dummyAz1'],
    subnetConfiguration: [
      { name: 'big', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 17 },
      { name: 'small', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 28 },
    ],
  });
}
app.synth();

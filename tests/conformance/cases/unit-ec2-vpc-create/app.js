// Conformance case 'unit-ec2-vpc-create': vpc.test.ts, "When creating a VPC": the VPC's own
// properties, the internet gateway, NAT gateways and the default subnet groups, one stack per test
// (getTestStack(): account 123456789012, us-east-1, whose AZs are looked up). Every VPC sets
// restrictDefaultSecurityGroup: false (the tests run without that feature flag; ccdk's handler
// asset differs from aws-cdk-lib's), except the two tests about the flag itself.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const testStack = (id) => new cdk.Stack(app, id, { env });
const nr = { restrictDefaultSecurityGroup: false };

// with the default CIDR range: vpcId, the network range, the Name tag
{
  const stack = testStack('DefaultCidr');
  const vpc = new ec2.Vpc(stack, 'TheVPC', { ...nr });
  new cdk.CfnOutput(stack, 'VpcId', { value: vpc.vpcId });
  // vpc.vpcArn returns a token to the VPC ID
  new cdk.CfnOutput(stack, 'VpcArn', { value: vpc.vpcArn });
}
// vpcArn in an environment-agnostic stack and of an imported VPC
{
  const stack = new cdk.Stack(app, 'ArnAgnostic');
  new cdk.CfnOutput(stack, 'VpcArn', { value: new ec2.Vpc(stack, 'TheVPC', { ...nr }).vpcArn });
  const imported = ec2.Vpc.fromVpcAttributes(stack, 'Imported', { vpcId: 'vpc-1234', availabilityZones: ['a', 'b'] });
  new cdk.CfnOutput(stack, 'ImportedArn', { value: imported.vpcArn });
}
// with all of the properties set
new ec2.Vpc(testStack('AllProps'), 'TheVPC', {
  ...nr,
  ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16'),
  enableDnsHostnames: false,
  enableDnsSupport: false,
  defaultInstanceTenancy: ec2.DefaultInstanceTenancy.DEDICATED,
});
// dns getters correspond to CFN properties
for (const [name, support, hostnames] of [['DnsFF', false, false], ['DnsTF', true, false], ['DnsTT', true, true]]) {
  const stack = testStack(name);
  const vpc = new ec2.Vpc(stack, 'TheVPC', {
    ...nr,
    ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16'),
    enableDnsHostnames: hostnames,
    enableDnsSupport: support,
    defaultInstanceTenancy: ec2.DefaultInstanceTenancy.DEDICATED,
  });
  new cdk.CfnOutput(stack, 'DnsSupport', { value: String(vpc.dnsSupportEnabled) });
  new cdk.CfnOutput(stack, 'DnsHostnames', { value: String(vpc.dnsHostnamesEnabled) });
}
// contains the correct number of subnets; can refer to the internet gateway
{
  const stack = testStack('SubnetCount');
  const vpc = new ec2.Vpc(stack, 'TheVPC', { ...nr });
  new cdk.CfnOutput(stack, 'Zones', { value: String(stack.availabilityZones.length) });
  new cdk.CfnOutput(stack, 'Public', { value: String(vpc.publicSubnets.length) });
  new cdk.CfnOutput(stack, 'Private', { value: String(vpc.privateSubnets.length) });
  new cdk.CfnOutput(stack, 'Igw', { value: vpc.internetGatewayId });
}
// with only isolated subnets, the VPC should not contain an IGW or NAT Gateways
new ec2.Vpc(testStack('OnlyIsolated'), 'TheVPC', {
  ...nr,
  subnetConfiguration: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED, name: 'Isolated' }],
});
// with no private subnets, the VPC should have an IGW but no NAT Gateways
new ec2.Vpc(testStack('NoPrivate'), 'TheVPC', {
  ...nr,
  subnetConfiguration: [
    { subnetType: ec2.SubnetType.PUBLIC, name: 'Public' },
    { subnetType: ec2.SubnetType.PRIVATE_ISOLATED, name: 'Isolated' },
  ],
});
// with createInternetGateway: false, the VPC should not have an IGW nor NAT Gateways
new ec2.Vpc(testStack('NoIgw'), 'TheVPC', {
  ...nr,
  createInternetGateway: false,
  subnetConfiguration: [
    { subnetType: ec2.SubnetType.PUBLIC, name: 'Public' },
    { subnetType: ec2.SubnetType.PRIVATE_ISOLATED, name: 'Isolated' },
  ],
});
// with no subnets defined, the VPC should have an IGW, and a NAT Gateway per AZ
new ec2.Vpc(testStack('NoSubnetsDefined'), 'TheVPC', { ...nr });
// with isolated and public subnet, should be able to use the internet gateway to define routes
{
  const stack = testStack('IgwRoute');
  const vpc = new ec2.Vpc(stack, 'TheVPC', {
    ...nr,
    subnetConfiguration: [
      { subnetType: ec2.SubnetType.PRIVATE_ISOLATED, name: 'isolated' },
      { subnetType: ec2.SubnetType.PUBLIC, name: 'public' },
    ],
  });
  vpc.isolatedSubnets[0].addRoute('TheRoute', {
    routerId: vpc.internetGatewayId,
    routerType: ec2.RouterType.GATEWAY,
    destinationCidrBlock: '8.8.8.8/32',
  });
}
// verify the Default VPC name; verify the assigned VPC name passing the "vpcName" prop
for (const [name, vpcName] of [['DefaultName', undefined], ['CustomName', 'CustomVPCName']]) {
  new ec2.Vpc(testStack(name), 'VPC', {
    ...nr,
    maxAzs: 1,
    subnetConfiguration: [
      { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
      { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    ],
    vpcName,
  });
}
// Default NAT gateway provider (NatProvider.gateway(), new NatGatewayProvider()): configuredGateways
for (const [name, provider] of [['NatProviderGateway', ec2.NatProvider.gateway()], ['NatProviderNew', new ec2.NatGatewayProvider()]]) {
  const stack = new cdk.Stack(app, name);
  new ec2.Vpc(stack, 'VpcNetwork', { ...nr, natGatewayProvider: provider });
  new cdk.CfnOutput(stack, 'Gateways', { value: String(provider.configuredGateways.length) });
}
// will not restrict access to the default security group when feature flag is false
{
  const stack = testStack('RestrictFlagFalse');
  stack.node.setContext('@aws-cdk/aws-ec2:restrictDefaultSecurityGroup', false);
  new ec2.Vpc(stack, 'Vpc');
}
// can disable restrict access to the default security group when feature flag is true
{
  const stack = testStack('RestrictDisabled');
  stack.node.setContext('@aws-cdk/aws-ec2:restrictDefaultSecurityGroup', true);
  new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
}
// When creating a VPC with a custom CIDR range: vpc.vpcCidrBlock is the correct network range
new ec2.Vpc(testStack('CustomCidr'), 'TheVPC', { ...nr, ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16') });
app.synth();

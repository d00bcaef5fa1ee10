// Conformance case 'unit-ec2-subnet': subnet.test.ts, new ec2.Subnet in a VPC made elsewhere:
// "subnet with cidr block", "subnet with ipv6CidrBlock"; plus mapPublicIpOnLaunch and a route
// added to the subnet's own route table. (The IPAM-allocation tests and their errors are of a
// newer aws-cdk-lib: 2.276.0's Subnet has no ipv4IpamAllocation/ipv6IpamAllocation.) And vpc.test.ts
// "select explicitly defined subnets" (a PrivateSubnet in an imported VPC), with a PublicSubnet.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'CidrBlock');
  new ec2.Subnet(stack, 'Subnet', { vpcId: 'vpc-1234', availabilityZone: 'us-east-1a', cidrBlock: '10.0.0.0/24' });
}
{
  const stack = new cdk.Stack(app, 'Ipv6CidrBlock');
  new ec2.Subnet(stack, 'Subnet', {
    vpcId: 'vpc-1234',
    availabilityZone: 'us-east-1a',
    cidrBlock: '10.0.0.0/24',
    ipv6CidrBlock: '2001:db8::/64',
    assignIpv6AddressOnCreation: true,
  });
}
{
  const stack = new cdk.Stack(app, 'PublicWithRoute');
  const subnet = new ec2.Subnet(stack, 'Subnet', {
    vpcId: 'vpc-1234',
    availabilityZone: 'us-east-1b',
    cidrBlock: '10.0.1.0/24',
    mapPublicIpOnLaunch: true,
  });
  subnet.addRoute('Internet', { routerType: ec2.RouterType.GATEWAY, routerId: 'igw-1234', enablesInternetConnectivity: true });
  new cdk.CfnOutput(stack, 'SubnetId', { value: subnet.subnetId });
  new cdk.CfnOutput(stack, 'RouteTableId', { value: subnet.routeTable.routeTableId });
  new cdk.CfnOutput(stack, 'Az', { value: subnet.availabilityZone });
}
// select explicitly defined subnets
{
  const stack = new cdk.Stack(app, 'ExplicitSubnets', { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
    vpcId: 'vpc-1234',
    availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'],
    publicSubnetIds: ['pub-1', 'pub-2', 'pub-3'],
    publicSubnetRouteTableIds: ['rt-1', 'rt-2', 'rt-3'],
  });
  const subnet = new ec2.PrivateSubnet(stack, 'Subnet', {
    availabilityZone: vpc.availabilityZones[0],
    cidrBlock: '10.0.0.0/28',
    vpcId: vpc.vpcId,
  });
  const pub = new ec2.PublicSubnet(stack, 'PublicSubnet', {
    availabilityZone: vpc.availabilityZones[1],
    cidrBlock: '10.0.0.16/28',
    vpcId: vpc.vpcId,
    mapPublicIpOnLaunch: true,
  });
  const { subnetIds } = vpc.selectSubnets({ subnets: [subnet] });
  new cdk.CfnOutput(stack, 'Selected', { value: cdk.Fn.join(',', subnetIds) });
  new cdk.CfnOutput(stack, 'SelectedBoth', { value: cdk.Fn.join(',', vpc.selectSubnets({ subnets: [subnet, pub] }).subnetIds) });
}
app.synth();

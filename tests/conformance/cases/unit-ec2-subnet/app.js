// Conformance case 'unit-ec2-subnet': subnet.test.ts, new ec2.Subnet in a VPC made elsewhere:
// "subnet with cidr block", "subnet with ipv6CidrBlock"; plus mapPublicIpOnLaunch and a route
// added to the subnet's own route table. (The IPAM-allocation tests and their errors are of a
// newer aws-cdk-lib: 2.276.0's Subnet has no ipv4IpamAllocation/ipv6IpamAllocation.)
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
app.synth();

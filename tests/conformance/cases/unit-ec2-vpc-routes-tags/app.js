// Conformance case 'unit-ec2-vpc-routes-tags': vpc.test.ts: routes added to a VPC's subnets ("Can
// add an IPv6 route", "Can add an IPv4 route", "tests router types") and "When tagging". In the
// first tagging test, Tags.of(vpc).add(..., {includeResourceTypes: ['AWS::EC2::VPC']}) is the same
// as tagging the VPC's CfnVPC (ccdk's Tags have no TagProps). restrictDefaultSecurityGroup: false
// as in unit-ec2-vpc-create.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const testStack = (id) => new cdk.Stack(app, id, { env });
const nr = { restrictDefaultSecurityGroup: false };

// Can add an IPv6 route; Can add an IPv4 route
{
  const vpc = new ec2.Vpc(testStack('Ipv6Route'), 'VPC', { ...nr });
  vpc.publicSubnets[0].addRoute('SomeRoute', {
    destinationIpv6CidrBlock: '2001:4860:4860::8888/32',
    routerId: 'router-1',
    routerType: ec2.RouterType.NETWORK_INTERFACE,
  });
}
{
  const vpc = new ec2.Vpc(testStack('Ipv4Route'), 'VPC', { ...nr });
  vpc.publicSubnets[0].addRoute('SomeRoute', {
    destinationCidrBlock: '0.0.0.0/0',
    routerId: 'router-1',
    routerType: ec2.RouterType.NETWORK_INTERFACE,
  });
}
// tests router types
{
  const vpc = new ec2.Vpc(testStack('RouterTypes'), 'Vpc', { ...nr });
  const s = vpc.publicSubnets[0];
  s.addRoute('TransitRoute', { routerType: ec2.RouterType.TRANSIT_GATEWAY, routerId: 'transit-id' });
  s.addRoute('CarrierRoute', { routerType: ec2.RouterType.CARRIER_GATEWAY, routerId: 'carrier-gateway-id' });
  s.addRoute('LocalGatewayRoute', { routerType: ec2.RouterType.LOCAL_GATEWAY, routerId: 'local-gateway-id' });
  s.addRoute('VpcEndpointRoute', { routerType: ec2.RouterType.VPC_ENDPOINT, routerId: 'vpc-endpoint-id' });
}
// VPC propagated tags will be on subnet, IGW, routetables, NATGW
{
  const vpc = new ec2.Vpc(testStack('PropagatedTags'), 'TheVPC', { ...nr });
  cdk.Tags.of(vpc).add('BusinessUnit', 'Marketing', { includeResourceTypes: [ec2.CfnVPC.CFN_RESOURCE_TYPE_NAME] });
  cdk.Tags.of(vpc).add('VpcType', 'Good');
}
// Subnet Name will propagate to route tables and NATGW
new ec2.Vpc(testStack('SubnetNameTags'), 'TheVPC', { ...nr });
// Tags can be added after the Vpc is created with `vpc.tags.setTag(...)`
{
  const vpc = new ec2.Vpc(testStack('LateTags'), 'TheVPC', { ...nr });
  cdk.Tags.of(vpc).add('Late', 'Adder');
}
app.synth();

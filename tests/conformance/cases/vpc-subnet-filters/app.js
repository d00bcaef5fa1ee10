// Conformance case 'vpc-subnet-filters': SubnetSelection's subnetFilters (vpc.test.ts, subnet
// selection: can filter by multiple IP addresses, by Subnet Ids (also via selectSubnets), by Cidr
// Netmask, by CIDR Range, by a CIDR range the VPC does not have; can filter by single IP address,
// with a function in the VPC where the test has a BastionHostLinux), with availabilityZones and
// onePerAz after them, and the subnets' ipv4CidrBlock.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const nr = { restrictDefaultSecurityGroup: false };
const service = new ec2.InterfaceVpcEndpointService('com.amazonaws.vpce.us-east-1.vpce-svc-uuddlrlrbastrtsvc', 443);
const out = (stack, id, ids) => new cdk.CfnOutput(stack, id, { value: `${ids.length}: ${cdk.Fn.join(',', ids.length ? ids : ['none'])}` });

{
  const stack = new cdk.Stack(app, 'ByIp', { env });
  const vpc = new ec2.Vpc(stack, 'VPC', { ...nr, ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'), maxAzs: 3 });
  new ec2.InterfaceVpcEndpoint(stack, 'VPC Endpoint', {
    vpc,
    service,
    subnets: { subnetFilters: [ec2.SubnetFilter.containsIpAddresses(['10.0.96.0', '10.0.160.0'])] },
  });
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
    vpc,
    vpcSubnets: { subnetFilters: [ec2.SubnetFilter.containsIpAddresses(['10.0.160.0'])] },
  });
  new ec2.InterfaceVpcEndpoint(stack, 'Ranges', {
    vpc,
    service,
    subnets: { subnetFilters: [ec2.SubnetFilter.byCidrRanges(['10.0.0.0/16'])] },
  });
  out(stack, 'NotInVpc', vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.byCidrRanges(['100.64.0.0/16'])] }).subnetIds);
  // an address inside a block: aws-cdk-lib's CidrBlock takes the next block (10.0.128.0/17)
  out(stack, 'Unaligned', vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.byCidrRanges(['10.0.5.0/17'])] }).subnetIds);
  out(stack, 'TwoFilters', vpc.selectSubnets({
    subnetFilters: [ec2.SubnetFilter.byCidrRanges(['10.0.0.0/16']), ec2.SubnetFilter.availabilityZones(['dummy1b', 'dummy1c'])],
    availabilityZones: ['dummy1c'],
  }).subnetIds);
  out(stack, 'ById', vpc.selectSubnets({ subnetType: ec2.SubnetType.PUBLIC, subnetFilters: [ec2.SubnetFilter.byIds([vpc.publicSubnets[1].subnetId])] }).subnetIds);
  new cdk.CfnOutput(stack, 'Cidrs', { value: [...vpc.publicSubnets, ...vpc.privateSubnets].map(s => s.ipv4CidrBlock).join(' ') });
}
{
  const stack = new cdk.Stack(app, 'ByIds', { env });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
    vpcId: 'vpc-1234',
    vpcCidrBlock: '192.168.0.0/16',
    availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'],
    privateSubnetIds: ['priv-1', 'priv-2', 'priv-3'],
  });
  new ec2.InterfaceVpcEndpoint(stack, 'VPC Endpoint', {
    vpc,
    service,
    subnets: { subnetFilters: [ec2.SubnetFilter.byIds(['priv-1', 'priv-2'])] },
  });
  out(stack, 'Selected', vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.byIds(['priv-3']), ec2.SubnetFilter.onePerAz()], onePerAz: true }).subnetIds);
}
{
  const stack = new cdk.Stack(app, 'ByMask', { env });
  const vpc = new ec2.Vpc(stack, 'VpcNetwork', {
    ...nr,
    maxAzs: 1,
    subnetConfiguration: [
      { name: 'normalSn1', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 20 },
      { name: 'normalSn2', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 20 },
      { name: 'smallSn', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 28 },
    ],
  });
  out(stack, 'Mask20', vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.byCidrMask(20)] }).subnetIds);
  out(stack, 'Mask28', vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.byCidrMask(28)] }).subnetIds);
  out(stack, 'Contains', vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.containsIpAddresses(['10.0.16.1', '10.0.32.0'])] }).subnetIds);
  const imported = ec2.Subnet.fromSubnetAttributes(stack, 'Imported', { subnetId: 'subnet-1', availabilityZone: 'dummy1a', routeTableId: 'rt-1', ipv4CidrBlock: '10.1.0.0/24' });
  new cdk.CfnOutput(stack, 'ImportedCidr', { value: imported.ipv4CidrBlock });
  // explicit subnets are the selection: filters do not apply
  out(stack, 'Explicit', vpc.selectSubnets({ subnets: [imported], subnetFilters: [ec2.SubnetFilter.byCidrMask(16)] }).subnetIds);
}
app.synth();

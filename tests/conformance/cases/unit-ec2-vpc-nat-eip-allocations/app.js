// Conformance case 'unit-ec2-vpc-nat-eip-allocations': vpc.test.ts, NatProvider.gateway({eipAllocationIds}):
// "EIP passed with NAT gateway does not create duplicate EIP", "NAT gateway provider with EIP
// allocations", "NAT gateway provider with token EIP allocations"; plus more allocations than
// gateways with natGatewaySubnets, and an EIP of the stack's own (fixed outbound addresses).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const nr = { restrictDefaultSecurityGroup: false };

// EIP passed with NAT gateway does not create duplicate EIP
{
  const stack = new cdk.Stack(app, 'NoDuplicateEip', { env });
  new ec2.Vpc(stack, 'VPC', {
    ...nr,
    ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
    subnetConfiguration: [
      { cidrMask: 24, name: 'ingress', subnetType: ec2.SubnetType.PUBLIC },
      { cidrMask: 24, name: 'application', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    ],
    natGatewayProvider: ec2.NatProvider.gateway({ eipAllocationIds: ['b'] }),
    natGateways: 1,
  });
}
// NAT gateway provider with EIP allocations (more ids than gateways)
{
  const stack = new cdk.Stack(app, 'EipAllocations');
  const natGatewayProvider = ec2.NatProvider.gateway({ eipAllocationIds: ['a', 'b', 'c', 'd'] });
  new ec2.Vpc(stack, 'VpcNetwork', { ...nr, natGatewayProvider });
  new cdk.CfnOutput(stack, 'Gateways', { value: String(natGatewayProvider.configuredGateways.length) });
}
// NAT gateway provider with token EIP allocations
{
  const stack = new cdk.Stack(app, 'TokenEipAllocations');
  const eipAllocationIds = cdk.Fn.split(',', cdk.Fn.importValue('myVpcId'));
  new ec2.Vpc(stack, 'VpcNetwork', { ...nr, natGatewayProvider: ec2.NatProvider.gateway({ eipAllocationIds }) });
}
// fixed outbound addresses for functions: EIPs of the stack's own, two gateways in a chosen group
{
  const stack = new cdk.Stack(app, 'OwnEips', { env });
  // (CfnResource: ccdk has no CfnEIP class; the template is the same)
  const eips = ['Eip1', 'Eip2'].map((id) =>
    new cdk.CfnResource(stack, id, { type: 'AWS::EC2::EIP', properties: { Domain: 'vpc' } }).getAtt('AllocationId').toString());
  new ec2.Vpc(stack, 'Vpc', {
    ...nr,
    maxAzs: 3,
    natGateways: 2,
    subnetConfiguration: [
      { name: 'ingress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
      { name: 'egress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
      { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
    ],
    natGatewaySubnets: { subnetGroupName: 'egress' },
    natGatewayProvider: ec2.NatProvider.gateway({ eipAllocationIds: eips }),
  });
}
app.synth();

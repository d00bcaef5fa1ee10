// Conformance case 'unit-ec2-vpc-vpn-gateway': vpc.test.ts "with a vpn gateway", "with a vpn gateway
// and route propagation on isolated subnets", "... on private and isolated subnets", "route
// propagation defaults to isolated subnets when there are no private subnets", "... to public
// subnets when there are no private/isolated subnets", one stack each (getTestStack()), vpnGatewayId
// in an output (and an imported VPC's); and vpnGatewayAsn alone (the gateway without vpnGateway: true), in an
// environment-agnostic stack.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const testStack = (id) => new cdk.Stack(app, id, { env });
const nr = { restrictDefaultSecurityGroup: false };
const { PUBLIC, PRIVATE_WITH_EGRESS, PRIVATE_ISOLATED } = ec2.SubnetType;
{
  const stack = testStack('VpnGateway');
  const vpc = new ec2.Vpc(stack, 'VPC', { ...nr, vpnGateway: true, vpnGatewayAsn: 65000 });
  new cdk.CfnOutput(stack, 'VpnGatewayId', { value: vpc.vpnGatewayId });
  const imported = ec2.Vpc.fromVpcAttributes(stack, 'Imported', {
    vpcId: 'vpc-1234',
    availabilityZones: ['us-east-1a'],
    vpnGatewayId: 'vgw-1234',
  });
  new cdk.CfnOutput(stack, 'ImportedVpnGatewayId', { value: imported.vpnGatewayId });
}
new ec2.Vpc(testStack('PropagationIsolated'), 'VPC', {
  ...nr,
  subnetConfiguration: [
    { subnetType: PUBLIC, name: 'Public' },
    { subnetType: PRIVATE_ISOLATED, name: 'Isolated' },
  ],
  vpnGateway: true,
  vpnRoutePropagation: [{ subnetType: PRIVATE_ISOLATED }],
});
new ec2.Vpc(testStack('PropagationPrivateIsolated'), 'VPC', {
  ...nr,
  subnetConfiguration: [
    { subnetType: PUBLIC, name: 'Public' },
    { subnetType: PRIVATE_WITH_EGRESS, name: 'Private' },
    { subnetType: PRIVATE_ISOLATED, name: 'Isolated' },
  ],
  vpnGateway: true,
  vpnRoutePropagation: [{ subnetType: PRIVATE_WITH_EGRESS }, { subnetType: PRIVATE_ISOLATED }],
});
new ec2.Vpc(testStack('DefaultIsolated'), 'VPC', {
  ...nr,
  subnetConfiguration: [
    { subnetType: PUBLIC, name: 'Public' },
    { subnetType: PRIVATE_ISOLATED, name: 'Isolated' },
  ],
  vpnGateway: true,
});
new ec2.Vpc(testStack('DefaultPublic'), 'VPC', {
  ...nr,
  subnetConfiguration: [{ subnetType: PUBLIC, name: 'Public' }],
  vpnGateway: true,
});
{
  const stack = new cdk.Stack(app, 'AsnOnly');
  new ec2.Vpc(stack, 'Vpc', {
    ...nr,
    maxAzs: 2,
    natGateways: 1,
    vpnGatewayAsn: 64600,
    vpnRoutePropagation: [{ subnetType: PUBLIC }, { subnetType: PUBLIC, onePerAz: true }, { subnetGroupName: 'Private' }],
  });
}
app.synth();

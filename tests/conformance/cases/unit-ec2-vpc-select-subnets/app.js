// Conformance case 'unit-ec2-vpc-select-subnets': vpc.test.ts, "subnet selection": what
// vpc.selectSubnets picks (its subnetIds joined into an output), of new and imported VPCs, and
// interface endpoints placed by subnet type and AZ; one stack per test.
// restrictDefaultSecurityGroup: false as in unit-ec2-vpc-create.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const testStack = (id) => new cdk.Stack(app, id, { env });
const nr = { restrictDefaultSecurityGroup: false };
const { PUBLIC, PRIVATE_WITH_EGRESS, PRIVATE_ISOLATED } = ec2.SubnetType;
const out = (stack, id, ids) => new cdk.CfnOutput(stack, id, { value: cdk.Fn.join(',', ids) });
const threeGroups = [
  { subnetType: PUBLIC, name: 'BlaBla' },
  { subnetType: PRIVATE_WITH_EGRESS, name: 'DontTalkToMe' },
  { subnetType: PRIVATE_ISOLATED, name: 'DontTalkAtAll' },
];

// selecting default subnets returns the private ones; can select public subnets
{
  const stack = testStack('DefaultAndPublic');
  const vpc = new ec2.Vpc(stack, 'VPC', { ...nr });
  out(stack, 'DefaultSelection', vpc.selectSubnets().subnetIds);
  out(stack, 'Private', vpc.privateSubnets.map(s => s.subnetId));
  out(stack, 'Public', vpc.selectSubnets({ subnetType: PUBLIC }).subnetIds);
}
// can select isolated subnets
{
  const stack = testStack('Isolated');
  const vpc = new ec2.Vpc(stack, 'VPC', {
    ...nr,
    subnetConfiguration: [{ subnetType: PUBLIC, name: 'Public' }, { subnetType: PRIVATE_ISOLATED, name: 'Isolated' }],
  });
  out(stack, 'Isolated', vpc.selectSubnets({ subnetType: PRIVATE_ISOLATED }).subnetIds);
}
// can select subnets by name; subnetName is an alias for subnetGroupName (backwards compat)
for (const [id, selection] of [['ByName', { subnetGroupName: 'DontTalkToMe' }], ['ByNameAlias', { subnetName: 'DontTalkToMe' }]]) {
  const stack = testStack(id);
  const vpc = new ec2.Vpc(stack, 'VPC', { ...nr, subnetConfiguration: threeGroups });
  out(stack, 'Selected', vpc.selectSubnets(selection).subnetIds);
}
// selecting default subnets in a VPC with only isolated (only public) subnets returns them
{
  const stack = new cdk.Stack(app, 'ImportedIsolated');
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
    vpcId: 'vpc-1234',
    availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'],
    isolatedSubnetIds: ['iso-1', 'iso-2', 'iso-3'],
    isolatedSubnetRouteTableIds: ['rt-1', 'rt-2', 'rt-3'],
  });
  out(stack, 'Selected', vpc.selectSubnets().subnetIds);
}
{
  const stack = new cdk.Stack(app, 'ImportedPublic');
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
    vpcId: 'vpc-1234',
    availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'],
    publicSubnetIds: ['pub-1', 'pub-2', 'pub-3'],
    publicSubnetRouteTableIds: ['rt-1', 'rt-2', 'rt-3'],
  });
  out(stack, 'Selected', vpc.selectSubnets().subnetIds);
}
// select subnets with az restriction
{
  const stack = testStack('OnePerAz');
  const vpc = new ec2.Vpc(stack, 'VpcNetwork', {
    ...nr,
    maxAzs: 1,
    subnetConfiguration: [
      { name: 'lb', subnetType: PUBLIC },
      { name: 'app', subnetType: PRIVATE_WITH_EGRESS },
      { name: 'db', subnetType: PRIVATE_WITH_EGRESS },
    ],
  });
  out(stack, 'Selected', vpc.selectSubnets({ onePerAz: true }).subnetIds);
  new cdk.CfnOutput(stack, 'FirstPrivate', { value: vpc.privateSubnets[0].subnetId });
}
// subnet created from subnetId; AZ have value when subnet created from attributes with az
{
  const stack = testStack('ImportedSubnets');
  const subnet1 = ec2.Subnet.fromSubnetId(stack, 'subnet1', 'pub-1');
  new cdk.CfnOutput(stack, 'FromId', { value: subnet1.subnetId });
  const subnet2 = ec2.Subnet.fromSubnetAttributes(stack, 'subnet2', { subnetId: 'pub-1', availabilityZone: 'az-1234' });
  new cdk.CfnOutput(stack, 'AttrsId', { value: subnet2.subnetId });
  new cdk.CfnOutput(stack, 'AttrsAz', { value: subnet2.availabilityZone });
}
// Can select subnets by type and AZ; SubnetSelection filtered on az uses default subnetType when no
// subnet type specified
for (const [id, subnetType, privateDnsEnabled] of [['TypeAndAz', PRIVATE_WITH_EGRESS, false], ['AzOnly', undefined, undefined]]) {
  const stack = testStack(id);
  const vpc = new ec2.Vpc(stack, 'VPC', { ...nr, maxAzs: 3 });
  new ec2.InterfaceVpcEndpoint(stack, 'VPC Endpoint', {
    vpc,
    privateDnsEnabled,
    service: new ec2.InterfaceVpcEndpointService('com.amazonaws.vpce.us-east-1.vpce-svc-uuddlrlrbastrtsvc', 443),
    subnets: { subnetType, availabilityZones: ['dummy1a', 'dummy1c'] },
  });
}
app.synth();

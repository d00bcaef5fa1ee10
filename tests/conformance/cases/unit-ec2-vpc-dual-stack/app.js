// Conformance case 'unit-ec2-vpc-dual-stack': vpc.test.ts's dual-stack tests: "subnet has dependent
// on the CIDR block when ipv6AssignAddressOnCreation is set to true" (each subnet type), "dual-stack
// default" and the four EgressOnlyIGW tests (with and without the feature flag
// @aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway set on the stack).
// restrictDefaultSecurityGroup: false as in unit-ec2-vpc-create.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const nr = { restrictDefaultSecurityGroup: false };
const { PUBLIC, PRIVATE_WITH_EGRESS, PRIVATE_ISOLATED } = ec2.SubnetType;
const FLAG = '@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway';

[
  ['AssignIsolated', { subnetType: PRIVATE_ISOLATED }],
  ['AssignPrivate', { subnetType: PRIVATE_WITH_EGRESS, additionalSubnetConfig: [{ subnetType: PUBLIC, name: 'public' }] }],
  ['AssignPublic', { subnetType: PUBLIC }],
].forEach(([id, testData]) => {
  new ec2.Vpc(new cdk.Stack(app, id, { env }), 'TheVPC', {
    ...nr,
    ipProtocol: ec2.IpProtocol.DUAL_STACK,
    maxAzs: 1,
    subnetConfiguration: [
      { subnetType: testData.subnetType, name: 'subnetName', ipv6AssignAddressOnCreation: true },
      ...testData.additionalSubnetConfig ?? [],
    ],
  });
});
// dual-stack default
new ec2.Vpc(new cdk.Stack(app, 'DualStackStack'), 'Vpc', { ...nr, ipProtocol: ec2.IpProtocol.DUAL_STACK });
// EgressOnlyIGW is (not) created if (no) private subnet is configured, with the flag (not) enabled
const publicOnly = [{ subnetType: PUBLIC, name: 'public' }];
const publicPrivate = [{ subnetType: PUBLIC, name: 'public' }, { subnetType: PRIVATE_WITH_EGRESS, name: 'private' }];
[
  ['EigwPublicNoFlag', publicOnly, false],
  ['EigwPrivateNoFlag', publicPrivate, false],
  ['EigwPrivateFlag', publicPrivate, true],
  ['EigwPublicFlag', publicOnly, true],
].forEach(([id, subnetConfiguration, flag]) => {
  const stack = new cdk.Stack(app, id);
  if (flag) stack.node.setContext(FLAG, true);
  new ec2.Vpc(stack, 'Vpc', { ...nr, ipProtocol: ec2.IpProtocol.DUAL_STACK, subnetConfiguration });
});
app.synth();

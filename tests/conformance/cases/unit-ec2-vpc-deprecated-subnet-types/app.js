// Conformance case 'unit-ec2-vpc-deprecated-subnet-types': vpc.test.ts's testDeprecated tests of the
// deprecated SubnetType values: "SubnetType.PRIVATE_WITH_NAT is equivalent to
// SubnetType.PRIVATE_WITH_EGRESS", "SubnetType.PRIVATE is equivalent to SubnetType.PRIVATE_WITH_NAT",
// "SubnetType.ISOLATED is equivalent to SubnetType.PRIVATE_ISOLATED" (each pair of stacks must come
// out the same); plus selecting subnets by a deprecated type.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
const nr = { restrictDefaultSecurityGroup: false };
const pairs = [
  ['PrivateWithNat', ec2.SubnetType.PRIVATE_WITH_NAT, true],
  ['PrivateWithEgress', ec2.SubnetType.PRIVATE_WITH_EGRESS, true],
  ['Private', ec2.SubnetType.PRIVATE, true],
  ['Isolated', ec2.SubnetType.ISOLATED, false],
  ['PrivateIsolated', ec2.SubnetType.PRIVATE_ISOLATED, false],
];
for (const [name, subnetType, withPublic] of pairs) {
  const stack = new cdk.Stack(app, name, { env });
  const vpc = new ec2.Vpc(stack, 'TheVPC', {
    ...nr,
    subnetConfiguration: [
      { subnetType, name: 'subnet' },
      ...(withPublic ? [{ subnetType: ec2.SubnetType.PUBLIC, name: 'public' }] : []),
    ],
  });
  // the subnets a deprecated type selects
  const selected = vpc.selectSubnets({ subnetType: withPublic ? ec2.SubnetType.PRIVATE : ec2.SubnetType.ISOLATED });
  new cdk.CfnOutput(stack, 'Selected', { value: cdk.Fn.join(',', selected.subnetIds) });
}
app.synth();

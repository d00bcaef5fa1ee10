// Conformance case 'unit-ec2-vpc-default-child': vpc.test.ts "Subnets have a defaultChild": a
// subnet's node.defaultChild is its CfnSubnet (its type and path in outputs), for each group of
// a default Vpc; the VPC's own defaultChild (the CfnVPC) with an escape-hatch override on each.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VpcNetwork', { restrictDefaultSecurityGroup: false, natGateways: 0 });
const children = [
  ['Public', vpc.publicSubnets[0].node.defaultChild],
  ['Isolated', vpc.isolatedSubnets[1].node.defaultChild],
  ['Vpc', vpc.node.defaultChild],
];
for (const [name, child] of children) {
  new cdk.CfnOutput(stack, `${name}Type`, { value: child.cfnResourceType });
  new cdk.CfnOutput(stack, `${name}Path`, { value: child.node.path });
  new cdk.CfnOutput(stack, `${name}IsCfnSubnet`, { value: String(child instanceof ec2.CfnSubnet) });
  child.addPropertyOverride('Tags.0.Value', `${name} override`);
}
app.synth();

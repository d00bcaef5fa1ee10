// Conformance case 'ported-ec2-vpc-imports': aws-cdk's vpc.test.ts ported literally, the same ids,
// one stack per test (getTestStack(): account 123456789012, us-east-1; the first keeps its
// 'TestStack' id, whose warning path the test checks).
// Ported from aws-cdk: vpc.test.ts 'fromVpcAttributes using unknown-length list tokens' (the
// vpcAttributeIsListToken warnings and the Fn::Split subnet ids), 'fromVpcAttributes using
// fixed-length list tokens', 'passes region correctly' (vpc.env.region in an output, with the vpcArn
// that keeps the stack's region; env.region without the attribute, of a new Vpc and in an
// environment-agnostic stack), Network ACL association 'by default uses default ACL reference'
// (subnetNetworkAclAssociationId; restrictDefaultSecurityGroup: false, as unit-ec2-vpc-create).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
// fromVpcAttributes using unknown-length list tokens
{
  const stack = new cdk.Stack(app, 'TestStack', { env });
  const vpcId = cdk.Fn.importValue('myVpcId');
  const availabilityZones = cdk.Fn.split(',', cdk.Fn.importValue('myAvailabilityZones'));
  const publicSubnetIds = cdk.Fn.split(',', cdk.Fn.importValue('myPublicSubnetIds'));
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', { vpcId, availabilityZones, publicSubnetIds });
  new cdk.CfnResource(stack, 'Resource', {
    type: 'Some::Resource',
    properties: { subnetIds: vpc.selectSubnets().subnetIds },
  });
}
// fromVpcAttributes using fixed-length list tokens
{
  const stack = new cdk.Stack(app, 'FixedLength', { env });
  const vpcId = cdk.Fn.importValue('myVpcId');
  const availabilityZones = cdk.Fn.importListValue('myAvailabilityZones', 2);
  const publicSubnetIds = cdk.Fn.importListValue('myPublicSubnetIds', 2);
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', { vpcId, availabilityZones, publicSubnetIds });
  new cdk.CfnResource(stack, 'Resource', {
    type: 'Some::Resource',
    properties: { subnetIds: vpc.selectSubnets().subnetIds },
  });
}
// Network ACL association: by default uses default ACL reference
{
  const stack = new cdk.Stack(app, 'NaclDefault', { env });
  const vpc = new ec2.Vpc(stack, 'TheVPC', { ipAddresses: ec2.IpAddresses.cidr('192.168.0.0/16'), restrictDefaultSecurityGroup: false });
  new cdk.CfnOutput(stack, 'Output', { value: vpc.publicSubnets[0].subnetNetworkAclAssociationId });
}
// fromVpcAttributes: passes region correctly (vpc.env.region in an output)
{
  const stack = new cdk.Stack(app, 'PassesRegion', { env });
  const vpcId = cdk.Fn.importValue('myVpcId');
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
    vpcId,
    availabilityZones: ['region-12345a', 'region-12345b', 'region-12345c'],
    region: 'region-12345',
  });
  new cdk.CfnOutput(stack, 'Region', { value: vpc.env.region });
  new cdk.CfnOutput(stack, 'Arn', { value: vpc.vpcArn });
  const other = ec2.Vpc.fromVpcAttributes(stack, 'NoRegion', { vpcId, availabilityZones: ['a'] });
  new cdk.CfnOutput(stack, 'NoRegionRegion', { value: other.env.region });
  const own = new ec2.Vpc(stack, 'Own', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
  new cdk.CfnOutput(stack, 'OwnRegion', { value: own.env.region });
  const agnostic = new cdk.Stack(app, 'AgnosticRegion');
  const v2 = ec2.Vpc.fromVpcAttributes(agnostic, 'VPC', { vpcId: 'vpc-1', availabilityZones: ['a'] });
  new cdk.CfnOutput(agnostic, 'Region', { value: v2.env.region });
}
app.synth();

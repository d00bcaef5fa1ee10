// Conformance case 'lookup-vpc-missing': Vpc.fromLookup before the cdk CLI has looked the VPC up
// (no cdk.context.json yet). The lookups are reported missing in manifest.json (aws-cdk-lib's keys
// and props, with the lookup role) and aws-cdk-lib's dummy VPC stands in: a function in it (the
// dummy's private subnets), a security group in it, an isolated selection by a group name the
// dummy lacks (no error on the first pass), the public subnets as an output.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', {
  tags: { Team: 'payments', 'cost:center': 'a:b$c' },
  vpcName: 'main-vpc',
  isDefault: false,
  subnetGroupNameTag: 'tier',
});
const byId = ec2.Vpc.fromLookup(stack, 'ById', { vpcId: 'vpc-0abc', region: 'eu-west-2', ownerAccountId: '210987654321', returnVpnGateways: false });
const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc, description: 'looked-up VPC' });
sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Port.tcp(443));
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  securityGroups: [sg],
});
const db = byId.selectSubnets({ subnetGroupName: 'Database' });
new cdk.CfnOutput(stack, 'DbSubnets', { value: cdk.Fn.join(',', db.subnetIds.length ? db.subnetIds : ['none']) });
new cdk.CfnOutput(stack, 'Public', { value: cdk.Fn.join(',', vpc.selectSubnets({ subnetType: ec2.SubnetType.PUBLIC }).subnetIds) });
new cdk.CfnOutput(stack, 'VpcId', { value: byId.vpcId });
new cdk.CfnOutput(stack, 'Azs', { value: cdk.Fn.join(',', vpc.availabilityZones) });
app.synth();

// Conformance case 'lookup-vpc-context': Vpc.fromLookup once the cdk CLI has looked the VPC up: its
// VpcContextResponse is in context.json (what cdk.context.json holds; the runner merges it into each
// context), asymmetric subnet groups with their own names. A function in the default selection (the
// private group, three AZs), one in the isolated "Db" group with onePerAz, a security group that
// lets the VPC's CIDR in, the AZs (sorted), the public subnets and the VPN gateway as outputs. Nothing is missing.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', { vpcId: 'vpc-0123456789abcdef0' });
const code = lambda.Code.fromInline('exports.handler = async () => "ok";');
new lambda.Function(stack, 'Api', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, vpc });
const sg = new ec2.SecurityGroup(stack, 'DbAccess', { vpc, allowAllOutbound: false });
sg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(5432), 'from the VPC');
new lambda.Function(stack, 'Migrate', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code,
  vpc,
  vpcSubnets: { subnetGroupName: 'Db', onePerAz: true },
  securityGroups: [sg],
});
new cdk.CfnOutput(stack, 'VpcAzs', { value: cdk.Fn.join(',', vpc.availabilityZones) });
new cdk.CfnOutput(stack, 'StackAzs', { value: cdk.Fn.join(',', stack.availabilityZones) });
new cdk.CfnOutput(stack, 'Public', { value: cdk.Fn.join(',', vpc.publicSubnets.map((s) => s.subnetId)) });
new cdk.CfnOutput(stack, 'VpnGatewayId', { value: vpc.vpnGatewayId });
app.synth();

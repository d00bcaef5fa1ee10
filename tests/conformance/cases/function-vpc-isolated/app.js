// Conformance case 'function-vpc-isolated': a function in a VPC's isolated subnets with a security
// group of the user's (allowAllOutbound false: the "Disallow all traffic" egress rule) and an
// ingress rule from an IP range.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', {
  natGateways: 0,
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [
    { name: 'Ingress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
    { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
  ],
});
const sg = new ec2.SecurityGroup(stack, 'FunctionSG', {
  vpc,
  description: 'The function talks to nothing outside',
  allowAllOutbound: false,
});
sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(443), 'HTTPS from the VPC');
sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcpRange(8000, 8080));
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  securityGroups: [sg],
});
// its automatic security group allowing all IPv6 traffic out, and IPv4 only where a rule says
const ipv6 = new lambda.Function(stack, 'Ipv6Function', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  vpcSubnets: { subnetGroupName: 'Data' },
  allowAllOutbound: false,
  allowAllIpv6Outbound: true,
});
ipv6.connections.allowToAnyIpv4(ec2.Port.tcp(443), 'HTTPS out');
app.synth();

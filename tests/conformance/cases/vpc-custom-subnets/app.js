// Conformance case 'vpc-custom-subnets': a Vpc over 3 availability zones (given by name: an
// environment-agnostic stack has 2) with its own CIDR, one NAT gateway, and four subnet groups:
// public /24, private with egress /22, isolated without a mask (the rest, split), and a reserved
// group; DNS hostnames off; a function selects subnets by group name, one per AZ.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Network', {
  ipAddresses: ec2.IpAddresses.cidr('172.16.0.0/20'),
  availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
  natGateways: 1,
  enableDnsHostnames: false,
  enableDnsSupport: true,
  vpcName: 'shop-network',
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [
    { name: 'Edge', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
    { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 26 },
    { name: 'Spare', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 27, reserved: true },
    { name: 'Db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  ],
});
new lambda.Function(stack, 'Reader', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  vpcSubnets: { subnetGroupName: 'Db', onePerAz: true, availabilityZones: ['eu-west-1a', 'eu-west-1c'] },
});
new cdk.CfnOutput(stack, 'VpcId', { value: vpc.vpcId });
new cdk.CfnOutput(stack, 'VpcCidr', { value: vpc.vpcCidrBlock });
app.synth();

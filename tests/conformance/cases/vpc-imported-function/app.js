// Conformance case 'vpc-imported-function': Vpc.fromVpcAttributes with two private subnet groups
// over 2 AZs; a function in the "Backend" group, and an imported security group it also uses; an
// imported function with a security group id calls it.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Imported', {
  vpcId: 'vpc-0a1b2c3d',
  vpcCidrBlock: '10.10.0.0/16',
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  publicSubnetIds: ['subnet-pub1', 'subnet-pub2'],
  privateSubnetIds: ['subnet-fe1', 'subnet-fe2', 'subnet-be1', 'subnet-be2'],
  privateSubnetNames: ['Frontend', 'Backend'],
  privateSubnetRouteTableIds: ['rtb-1', 'rtb-2', 'rtb-3', 'rtb-4'],
});
const shared = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Shared', 'sg-0123456789abcdef0', { allowAllOutbound: false });
const fn = new lambda.Function(stack, 'Backend', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  vpcSubnets: { subnetGroupName: 'Backend' },
  securityGroups: [shared],
  ipv6AllowedForDualStack: true,
});
fn.connections.allowTo(ec2.Peer.ipv4('10.10.0.0/16'), ec2.Port.tcp(443), 'VPC endpoints');
shared.addIngressRule(ec2.Peer.ipv4('10.10.0.0/16'), ec2.Port.allTcp());
// an imported function with its security group id: its connections
const legacy = lambda.Function.fromFunctionAttributes(stack, 'Legacy', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:legacy',
  securityGroupId: 'sg-0fedcba9876543210',
});
legacy.connections.allowTo(fn, ec2.Port.tcp(8443), 'legacy calls backend');
new cdk.CfnOutput(stack, 'Cidr', { value: vpc.vpcCidrBlock });
app.synth();

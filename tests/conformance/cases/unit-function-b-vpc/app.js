// Conformance case 'unit-function-b-vpc'
// Upstream: aws-lambda/test/function.test.ts, describe('VPC configuration'): 'with VPC and empty
// securityGroups creates a default security group', 'with no VPC and empty securityGroups', 'with
// empty securityGroups and allowAllOutbound', 'set ipv6AllowedForDualStack with VPC', 'set
// ipv6AllowedForDualStack to False with VPC'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const newVpc = (stack) => new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });

let stack = new cdk.Stack(app, 'VpcEmptySecurityGroups');
new lambda.Function(stack, 'MyLambda', {
  vpc: newVpc(stack),
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  securityGroups: [],
});

stack = new cdk.Stack(app, 'NoVpcEmptySecurityGroups');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  securityGroups: [],
});

stack = new cdk.Stack(app, 'EmptySecurityGroupsAllowAllOutbound');
new lambda.Function(stack, 'MyLambda', {
  vpc: newVpc(stack),
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  securityGroups: [],
  allowAllOutbound: false,
});

for (const [name, ipv6] of [['Ipv6DualStackTrue', true], ['Ipv6DualStackFalse', false]]) {
  stack = new cdk.Stack(app, name);
  const vpc = newVpc(stack);
  const securityGroup = new ec2.SecurityGroup(stack, 'LambdaSG', { vpc, allowAllOutbound: true, allowAllIpv6Outbound: true });
  new lambda.Function(stack, 'MyLambda', {
    vpc,
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.PYTHON_3_9,
    ipv6AllowedForDualStack: ipv6,
    securityGroups: [securityGroup],
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  });
}
app.synth();

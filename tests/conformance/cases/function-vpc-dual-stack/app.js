// Conformance case 'function-vpc-dual-stack': functions and IPv6. From aws-cdk's function.test.ts:
// ipv6AllowedForDualStack true and false with a user SecurityGroup (allowAllIpv6Outbound), and
// allowAllIpv6Outbound on the function's own group. Then a function in a dual-stack VPC
// (ipProtocol DUAL_STACK): Ipv6AllowedForDualStack in its VpcConfig, IPv6 egress on its group, and
// a dependency on the private subnets' internet connectivity, which there includes the ::/0 routes
// to the egress-only internet gateway; plus one in the public subnets (allowPublicSubnet).
// Ported from aws-cdk: function.test.ts (set ipv6AllowedForDualStack with VPC, set
// ipv6AllowedForDualStack to False with VPC, allowAllIpv6Outbound set to true)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
for (const allowed of [true, false]) {
  const stack = new cdk.Stack(app, allowed ? 'Ipv6Allowed' : 'Ipv6NotAllowed');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1, restrictDefaultSecurityGroup: false });
  const securityGroup = new ec2.SecurityGroup(stack, 'LambdaSG', {
    vpc,
    allowAllOutbound: true,
    allowAllIpv6Outbound: true,
  });
  new lambda.Function(stack, 'MyLambda', {
    vpc: vpc,
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.PYTHON_3_9,
    ipv6AllowedForDualStack: allowed,
    securityGroups: [securityGroup],
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  });
}
const s3 = new cdk.Stack(app, 'AllowAllIpv6');
new lambda.Function(s3, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  allowAllIpv6Outbound: true,
  vpc: new ec2.Vpc(s3, 'Vpc', { restrictDefaultSecurityGroup: false }),
});
const s4 = new cdk.Stack(app, 'DualStack');
const vpc = new ec2.Vpc(s4, 'DualStackVpc', {
  ipProtocol: ec2.IpProtocol.DUAL_STACK,
  natGateways: 1,
  restrictDefaultSecurityGroup: false,
});
const fn = new lambda.Function(s4, 'Ipv6Function', {
  code: new lambda.InlineCode('exports.handler = async () => fetch("https://ipv6.example.com");'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  vpc,
  ipv6AllowedForDualStack: true,
  allowAllIpv6Outbound: true,
});
fn.connections.allowToAnyIpv4(ec2.Port.tcp(443), 'HTTPS over IPv4');
new lambda.Function(s4, 'PublicFunction', {
  code: new lambda.InlineCode('exports.handler = async () => 1;'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
  allowPublicSubnet: true,
  ipv6AllowedForDualStack: false,
});
app.synth();

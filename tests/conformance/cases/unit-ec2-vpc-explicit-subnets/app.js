// Conformance case 'unit-ec2-vpc-explicit-subnets': SubnetSelection.subnets, explicit subnets.
// vpc.test.ts "SubnetSelection doesnt throw error when selecting imported subnets" (what it selects
// as an output), and what a Lambda user does with it: a function in a VPC's subnet and an imported
// one (availabilityZones and onePerAz do not filter explicit subnets), and an interface endpoint
// in explicit subnets. restrictDefaultSecurityGroup: false as in unit-ec2-vpc-create.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
{
  const stack = new cdk.Stack(app, 'ImportedSubnets', { env });
  const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false });
  const selected = vpc.selectSubnets({ subnets: [ec2.Subnet.fromSubnetId(stack, 'Subnet', 'sub-1')] });
  new cdk.CfnOutput(stack, 'Selected', { value: cdk.Fn.join(',', selected.subnetIds) });
  new cdk.CfnOutput(stack, 'HasPublic', { value: String(selected.hasPublic) });
}
{
  const stack = new cdk.Stack(app, 'FunctionAndEndpoint');
  const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false, natGateways: 1 });
  const imported = ec2.Subnet.fromSubnetAttributes(stack, 'Imported', {
    subnetId: 'subnet-0abc', availabilityZone: 'us-east-1f', routeTableId: 'rtb-0abc',
  });
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
    vpc,
    vpcSubnets: { subnets: [vpc.privateSubnets[1], imported], onePerAz: true, availabilityZones: ['nowhere'] },
  });
  new ec2.InterfaceVpcEndpoint(stack, 'Endpoint', {
    vpc,
    service: ec2.InterfaceVpcEndpointAwsService.SQS,
    subnets: { subnets: [vpc.isolatedSubnets.length ? vpc.isolatedSubnets[0] : vpc.privateSubnets[0], imported] },
  });
}
app.synth();

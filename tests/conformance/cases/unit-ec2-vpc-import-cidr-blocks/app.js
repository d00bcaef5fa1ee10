// Conformance case 'unit-ec2-vpc-import-cidr-blocks': vpc.test.ts fromVpcAttributes "passes subnet
// IPv4 CIDR blocks correctly": each imported subnet's ipv4CidrBlock, in an output; then what the
// blocks are for, subnet filters by CIDR mask and range: an interface endpoint in the private
// subnets within 10.10.0.0/17, a function in the isolated /18s of a second VPC whose groups are
// named and have route tables, blocks given for some groups only.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'TestStack');
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
    vpcId: 'vpc-1234',
    vpcCidrBlock: '10.0.0.0/8',
    availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'],
    publicSubnetIds: ['pub-1', 'pub-2', 'pub-3'],
    publicSubnetIpv4CidrBlocks: ['10.0.0.0/18', '10.0.64.0/18', '10.0.128.0/18'],
    privateSubnetIds: ['pri-1', 'pri-2', 'pri-3'],
    privateSubnetIpv4CidrBlocks: ['10.10.0.0/18', '10.10.64.0/18', '10.10.128.0/18'],
    isolatedSubnetIds: ['iso-1', 'iso-2', 'iso-3'],
    isolatedSubnetIpv4CidrBlocks: ['10.20.0.0/18', '10.20.64.0/18', '10.20.128.0/18'],
  });
  for (const [name, subnets] of [['Public', vpc.publicSubnets], ['Private', vpc.privateSubnets], ['Isolated', vpc.isolatedSubnets]]) {
    subnets.forEach((s, i) => new cdk.CfnOutput(stack, `${name}${i + 1}`, { value: `${s.subnetId} ${s.ipv4CidrBlock}` }));
  }
  new ec2.InterfaceVpcEndpoint(stack, 'Endpoint', {
    vpc,
    service: ec2.InterfaceVpcEndpointAwsService.SQS,
    subnets: { subnetFilters: [ec2.SubnetFilter.byCidrRanges(['10.10.0.0/17'])] },
  });
}
{
  const stack = new cdk.Stack(app, 'Named', { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
    vpcId: 'vpc-5678',
    vpcCidrBlock: '10.1.0.0/16',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['app-1', 'app-2', 'db-1', 'db-2'],
    privateSubnetNames: ['App', 'Db'],
    privateSubnetRouteTableIds: ['rt-1', 'rt-2', 'rt-3', 'rt-4'],
    privateSubnetIpv4CidrBlocks: ['10.1.0.0/18', '10.1.64.0/18', '10.1.128.0/20', '10.1.144.0/20'],
    isolatedSubnetIds: ['iso-1', 'iso-2'],
  });
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, subnetFilters: [ec2.SubnetFilter.byCidrMask(20)] },
  });
  new cdk.CfnOutput(stack, 'App2', { value: vpc.privateSubnets[1].ipv4CidrBlock });
}
app.synth();

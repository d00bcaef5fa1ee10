// Conformance case 'lambda-vpc-tests-2': functions in VPCs beside vpc-lambda.test.ts's tests: a VPC of
// public subnets only, where the default selection is the public subnets (allowPublicSubnet); a
// subnet group by name, one AZ, onePerAz; an imported VPC (fromVpcAttributes) with an imported
// security group that is not mutable and one that allows no outbound; connections to and from IP
// peers and between two functions. The VPCs set restrictDefaultSecurityGroup: false (see unit-vpc-lambda).
// Ported from aws-cdk: vpc-lambda.test.ts (its VPC and subnet choices, at their neighbours)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const fnProps = { code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X };
{
  const stack = new cdk.Stack(app, 'PublicOnly');
  const vpc = new ec2.Vpc(stack, 'VPC', {
    restrictDefaultSecurityGroup: false,
    subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }],
  });
  new lambda.Function(stack, 'Fn', { ...fnProps, vpc, allowPublicSubnet: true });
}
{
  const stack = new cdk.Stack(app, 'Selections');
  const vpc = new ec2.Vpc(stack, 'VPC', {
    restrictDefaultSecurityGroup: false,
    maxAzs: 3,
    subnetConfiguration: [
      { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
      { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      { name: 'Db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
  });
  const byName = new lambda.Function(stack, 'ByName', { ...fnProps, vpc, vpcSubnets: { subnetGroupName: 'Db' } });
  const oneAz = new lambda.Function(stack, 'OneAz', { ...fnProps, vpc, vpcSubnets: { availabilityZones: [vpc.availabilityZones[0]] } });
  new lambda.Function(stack, 'OnePerAz', { ...fnProps, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, onePerAz: true } });
  byName.connections.allowFrom(oneAz, ec2.Port.tcp(5432), 'app to db');
  oneAz.connections.allowToAnyIpv4(ec2.Port.tcp(443));
  byName.connections.allowFrom(ec2.Peer.ipv4('10.1.0.0/16'), ec2.Port.tcpRange(8000, 8080));
}
{
  const stack = new cdk.Stack(app, 'Imported');
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
    vpcId: 'vpc-1234',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-a', 'subnet-b'],
    publicSubnetIds: ['subnet-c', 'subnet-d'],
  });
  const fixed = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Fixed', 'sg-fixed', { mutable: false });
  const closed = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Closed', 'sg-closed', { allowAllOutbound: false });
  const a = new lambda.Function(stack, 'A', { ...fnProps, vpc, securityGroups: [fixed] });
  const b = new lambda.Function(stack, 'B', { ...fnProps, vpc, securityGroups: [closed] });
  a.connections.allowTo(b, ec2.Port.tcp(80));
  b.connections.allowFrom(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
  b.connections.allowTo(ec2.Peer.ipv4('192.168.0.0/24'), ec2.Port.allTcp());
}
app.synth();

// Conformance case 'efs-file-system-edges': efs.FileSystem beside efs-file-system.test.ts: an imported
// VPC of literal AZs and subnet names (One Zone in its first AZ; order-insensitive mount target ids
// from the imported subnets' ids), explicit subnets of a VPC (their own ids) under
// @aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId, grants to a user, a group and a role with
// conditions, and an access point whose clientToken is a token longer than 64 characters (no check).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId', true);
const imported = ec2.Vpc.fromVpcAttributes(stack, 'Imported', {
  vpcId: 'vpc-1234',
  availabilityZones: ['eu-west-1a', 'eu-west-1b'],
  privateSubnetIds: ['subnet-a', 'subnet-b'],
  privateSubnetNames: ['App'],
  isolatedSubnetIds: ['subnet-c', 'subnet-d'],
});
new efs.FileSystem(stack, 'OneZone', { vpc: imported, oneZone: true });
new efs.FileSystem(stack, 'ImportedSubnets', { vpc: imported });
new efs.FileSystem(stack, 'ImportedIsolated', { vpc: imported, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });

const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0 });
const fs = new efs.FileSystem(stack, 'Explicit', { vpc, vpcSubnets: { subnets: [vpc.isolatedSubnets[1], vpc.publicSubnets[0]] } });
fs.grantRead(new iam.User(stack, 'User'));
fs.grantReadWrite(new iam.Group(stack, 'Group'));
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
fs.grant(new iam.PrincipalWithConditions(role, { StringEquals: { 'aws:PrincipalTag/team': 'data' } }), 'elasticfilesystem:DescribeMountTargets');
fs.addAccessPoint('Token', { clientToken: cdk.Lazy.string({ produce: () => 'x'.repeat(70) }) });
app.synth();

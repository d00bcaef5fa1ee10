// Conformance case 'error-user-vpc-attributes-subnet-list-parameter': user-catalog-worker's first
// version: a List<AWS::EC2::Subnet::Id> parameter's valueAsList given to Vpc.fromVpcAttributes as
// privateSubnetIds with two AZs. The list token counts as one element: aws-cdk-lib's "Number of
// privateSubnetIds (1) must be a multiple of availability zones (2)."
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'CatalogWorker');
const vpcId = new cdk.CfnParameter(stack, 'VpcId', { type: 'AWS::EC2::VPC::Id' });
const subnetIds = new cdk.CfnParameter(stack, 'SubnetIds', { type: 'List<AWS::EC2::Subnet::Id>' });
ec2.Vpc.fromVpcAttributes(stack, 'TeamVpc', {
  vpcId: vpcId.valueAsString,
  availabilityZones: ['eu-west-1a', 'eu-west-1b'],
  privateSubnetIds: subnetIds.valueAsList,
});
app.synth();

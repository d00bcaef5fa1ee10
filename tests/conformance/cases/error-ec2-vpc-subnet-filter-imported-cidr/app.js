// Conformance case 'error-ec2-vpc-subnet-filter-imported-cidr': SubnetFilter.byCidrMask over the
// subnets of fromVpcAttributes, which have no ipv4CidrBlock (ImportedSubnet's getter throws).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {
  vpcId: 'vpc-1234',
  availabilityZones: ['dummy1a', 'dummy1b'],
  privateSubnetIds: ['priv-1', 'priv-2'],
});
vpc.selectSubnets({ subnetFilters: [ec2.SubnetFilter.byCidrMask(24)] });
app.synth();

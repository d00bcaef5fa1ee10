// Conformance case 'error-network-connector-subnet-count': error: a vpcEgress selection of 17
// subnets (an imported VPC with 17 AZs): "vpcSubnets must select between 1 and 16 subnets, got 17"
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const azs = Array.from({ length: 17 }, (_, i) => `az-${i}`);
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
  vpcId: 'vpc-0123',
  availabilityZones: azs,
  privateSubnetIds: azs.map((_, i) => `subnet-${i}`),
});

new lambda.NetworkConnector(stack, 'Connector', {
  configuration: lambda.NetworkConnectorConfiguration.vpcEgress({
    computeType: lambda.NetworkConnectorComputeType.WEB_FUNCTION,
    vpc,
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-0123')],
  }),
});

app.synth();

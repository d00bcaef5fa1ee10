// Conformance case 'error-capacity-provider-security-groups': a CapacityProvider with six security
// groups: aws-cdk-lib's error, nothing written.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const subnets = [ec2.Subnet.fromSubnetAttributes(stack, 'Subnet1', { subnetId: 'subnet-1', routeTableId: 'rtb-1' })];
const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-1');
const cp = new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
  subnets,
  securityGroups: [securityGroup],
  securityGroups: [0, 1, 2, 3, 4, 5].map((i) => ec2.SecurityGroup.fromSecurityGroupId(stack, `SG${i}`, `sg-${i}`)),
});
app.synth();

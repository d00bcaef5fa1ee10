// Conformance case 'error-capacity-provider-subnets-many': error: throws when subnets array has more than 16 items
// Ported from aws-cdk: capacity-provider.test.ts 'throws when subnets array has more than 16 items'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const subnets = [ec2.Subnet.fromSubnetAttributes(stack, 'BaseSubnet', { subnetId: 'subnet-1', routeTableId: 'rtb-1' })];
const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-1');
const manySubnets = Array.from({ length: 17 }, (_, i) => ec2.Subnet.fromSubnetId(stack, `Subnet${i}`, `subnet-${i}`));
new lambda.CapacityProvider(stack, 'MyCapacityProvider', {
  subnets: manySubnets, securityGroups: [securityGroup], capacityProviderName: 'MyCapacityProvider',
});
app.synth();

// Conformance case 'error-capacity-provider-propagate-tags': a CapacityProvider with 41 explicit
// tags: aws-cdk-lib's error, nothing written.
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
  propagateTags: lambda.PropagateTags.explicit(Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`k${i}`, 'v']))),
});
app.synth();

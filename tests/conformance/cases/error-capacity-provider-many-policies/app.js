// Conformance case 'error-capacity-provider-many-policies': a CapacityProvider with eleven scaling
// policies: aws-cdk-lib's error, nothing written.
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
  scalingOptions: lambda.ScalingOptions.manual(Array.from({ length: 11 }, (_, i) => lambda.TargetTrackingScalingPolicy.cpuUtilization(50 + i))),
});
app.synth();

// Conformance case 'error-capacity-provider-max-vcpu-high': error: throws when maxVCpuCount is greater than 15000
// Ported from aws-cdk: capacity-provider.test.ts 'throws when maxVCpuCount is greater than 15000'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const subnets = [ec2.Subnet.fromSubnetAttributes(stack, 'Subnet1', { subnetId: 'subnet-1', routeTableId: 'rtb-1' })];
const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-1');
new lambda.CapacityProvider(stack, 'MyCapacityProvider', { subnets, securityGroups: [securityGroup], maxVCpuCount: 15001 });
app.synth();

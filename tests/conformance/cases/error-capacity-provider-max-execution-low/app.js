// Conformance case 'error-capacity-provider-max-execution-low': error: throws when maxExecutionEnvironments is less than 0
// Ported from aws-cdk: capacity-provider.test.ts 'throws when maxExecutionEnvironments is less than 0'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const subnets = [ec2.Subnet.fromSubnetAttributes(stack, 'Subnet1', { subnetId: 'subnet-1', routeTableId: 'rtb-1' })];
const securityGroup = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-1');
const cp = new lambda.CapacityProvider(stack, 'MyCapacityProvider', { subnets, securityGroups: [securityGroup] });
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {}'),
});
cp.addFunction(fn, { latestPublishedScalingConfig: { maxExecutionEnvironments: -1 } });
app.synth();

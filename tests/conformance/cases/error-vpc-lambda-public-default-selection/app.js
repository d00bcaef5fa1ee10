// Conformance case 'error-vpc-lambda-public-default-selection': a function in a VPC of public subnets
// only, no vpcSubnets: the default selection is the public subnets, aws-cdk-lib's public-subnet error
// (without allowPublicSubnet); nothing is written.
// Ported from aws-cdk: vpc-lambda.test.ts 'picking public subnet type is not allowed if not overriding
// allowPublicSubnet', reached through the default selection
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', {
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }],
});
new lambda.Function(stack, 'Fn', {
  code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X, vpc,
});
app.synth();

// Conformance case 'error-function-security-group-without-vpc': error: the deprecated `securityGroup` without a VPC
// Ported from aws-cdk: function.test.ts (the deprecated Function props)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 1, restrictDefaultSecurityGroup: false,
  subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }] });
const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'sg-12345');
new lambda.Function(stack, 'Fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  securityGroup: sg,
});

app.synth();

// Conformance case 'error-function-public-subnet': a function placed in a VPC's public subnets
// without allowPublicSubnet is aws-cdk-lib's error; nothing is written.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc');
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
});
app.synth();

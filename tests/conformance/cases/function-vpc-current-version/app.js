// Conformance case 'function-vpc-current-version': a function in a VPC with currentVersion and an
// alias: VpcConfig (security group and subnet references) is version-locked, so it is in the
// version's hash, under both hashing flags.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false, maxAzs: 2, natGateways: 1 });
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  vpc,
  environment: { STAGE: 'prod' },
});
new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
app.synth();

// Conformance case 'error-function-security-groups-without-vpc'
// Upstream: aws-lambda/test/function.test.ts describe('VPC configuration') 'with securityGroups and no VPC'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 1 });
const securityGroup = new ec2.SecurityGroup(stack, 'LambdaSG', { vpc, allowAllOutbound: false });
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  securityGroups: [securityGroup],
});
app.synth();

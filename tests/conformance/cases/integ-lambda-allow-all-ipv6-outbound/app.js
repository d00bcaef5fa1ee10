// Conformance case 'integ-lambda-allow-all-ipv6-outbound': aws-lambda
// test/integ.lambda-allow-all-ipv6-outbound.ts (a function in a VPC with allowAllIpv6Outbound).
// Dropped: the IntegTest.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LambdaAllowAllIpv6Outbound');

const vpc = new ec2.Vpc(stack, 'VPC', {
  maxAzs: 2,
});

new lambda.Function(stack, 'Lambda_with_IPv6_VPC', {
  code: new lambda.InlineCode('def main(event, context): pass'),
  handler: 'index.main',
  runtime: lambda.Runtime.PYTHON_3_9,
  vpc,
  allowAllIpv6Outbound: true,
});

app.synth();

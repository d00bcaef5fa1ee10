// Conformance case 'integ-lambda-vpc-lambda': aws-lambda test/integ.vpc-lambda.ts (nothing dropped).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

const stack = new cdk.Stack(app, 'aws-cdk-vpc-lambda');
const vpc = new ec2.Vpc(stack, 'VPC', { maxAzs: 2 });

new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('def main(event, context): pass'),
  handler: 'index.main',
  runtime: lambda.Runtime.PYTHON_3_9,
  vpc,
});

app.synth();

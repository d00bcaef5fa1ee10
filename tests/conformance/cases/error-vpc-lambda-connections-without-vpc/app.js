// Conformance case 'error-vpc-lambda-connections-without-vpc': fn.connections of a function without a
// VPC is aws-cdk-lib's error; nothing is written.
// Ported from aws-cdk: vpc-lambda.test.ts 'lambda without VPC throws Error upon accessing connections'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const lambdaFn = new lambda.Function(stack, 'Lambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_14_X,
});
lambdaFn.connections.allowToAnyIpv4(ec2.Port.allTcp(), 'Reach for the world Lambda!');
app.synth();

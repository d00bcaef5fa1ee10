// Conformance case 'error-ported-vpc-lambda-subnets-without-vpc': aws-cdk's vpc-lambda.test.ts
// 'specifying vpcSubnets without a vpc throws an Error' ported literally: the Default stack, the
// deprecated SubnetType.PRIVATE.
// Ported from aws-cdk: vpc-lambda.test.ts 'specifying vpcSubnets without a vpc throws an Error'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new lambda.Function(stack, 'Function', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE },
});

app.synth();

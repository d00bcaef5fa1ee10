// Conformance case 'error-function-architectures-two': error: the deprecated `architectures` with two
// Ported from aws-cdk: function.test.ts (the deprecated Function props)
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new lambda.Function(stack, 'Fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  architectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
});

app.synth();

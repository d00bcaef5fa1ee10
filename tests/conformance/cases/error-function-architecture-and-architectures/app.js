// Conformance case 'error-function-architecture-and-architectures': error: `architecture` and the deprecated `architectures` together
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
  architecture: lambda.Architecture.ARM_64, architectures: [lambda.Architecture.ARM_64],
});

app.synth();

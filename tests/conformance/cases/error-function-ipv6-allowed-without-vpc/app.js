// Conformance case 'error-function-ipv6-allowed-without-vpc': error: ipv6AllowedForDualStack without a VPC
// Ported from aws-cdk: function.test.ts (with ipv6AllowedForDualStack and no VPC)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  ipv6AllowedForDualStack: true,
});
app.synth();

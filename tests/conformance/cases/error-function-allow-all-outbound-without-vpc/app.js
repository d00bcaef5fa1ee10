// Conformance case 'error-function-allow-all-outbound-without-vpc'
// Upstream: aws-lambda/test/function.test.ts describe('VPC configuration') 'with allowAllOutbound and no VPC'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
  allowAllOutbound: true,
});
app.synth();

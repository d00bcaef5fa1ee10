// Conformance case 'core-stack-default-id': new Stack(app) without an id is the stack 'Default'
// (aws-cdk-lib's `id = id ?? 'Default'`), as aws-cdk's tests write their stacks; a function in it.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
});
new cdk.CfnOutput(stack, 'Name', { value: stack.stackName });
app.synth();

// Conformance case 'v2-runtime-management': v2: runtimeManagementMode AUTO, FUNCTION_UPDATE and manual(arn)
// Ported from aws-cdk: runtime-management.test.ts 'Runtime Management Auto', 'Runtime Management FunctionUpdate', 'Runtime Management MANUAL'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');

new lambda.Function(stack, 'LambdaAuto', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  runtimeManagementMode: lambda.RuntimeManagementMode.AUTO,
});

new lambda.Function(stack, 'LambdaUpdate', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE,
});

new lambda.Function(stack, 'LambdaManual', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  runtimeManagementMode: lambda.RuntimeManagementMode.manual(
    'arn:aws:lambda:ap-northeast-1::runtime:07a48df201798d627f2b950f03bb227aab4a655a1d019c3296406f95937e2525',
  ),
});

app.synth();

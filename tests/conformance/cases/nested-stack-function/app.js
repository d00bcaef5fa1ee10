// Conformance case 'nested-stack-function': a NestedStack with a function, its ARN an output of
// the parent stack (issue 15's case): the nested template is a file asset of the parent, the
// AWS::CloudFormation::Stack resource points at it, and the reference becomes an Output of the
// nested template read by Fn::GetAtt [..., Outputs.X] in the parent.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const nested = new cdk.NestedStack(stack, 'Nested');
const fn = new lambda.Function(nested, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
});
new cdk.CfnOutput(stack, 'HandlerArn', { value: fn.functionArn });
app.synth();

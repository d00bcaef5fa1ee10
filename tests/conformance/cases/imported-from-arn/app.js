// Conformance case 'imported-from-arn': Imported Lambdas: `Function.fromFunctionArn`
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const fn = lambda.Function.fromFunctionArn(
  stack,
  'Function',
  'arn:aws:lambda:us-east-1:123456789012:function:MyFn',
);

// (added: show the imported attributes in the template)
new cdk.CfnOutput(stack, 'FunctionArn', { value: fn.functionArn });
new cdk.CfnOutput(stack, 'FunctionName', { value: fn.functionName });

app.synth();

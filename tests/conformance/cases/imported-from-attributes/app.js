// Conformance case 'imported-from-attributes': Imported Lambdas: `Function.fromFunctionAttributes`
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const fn = lambda.Function.fromFunctionAttributes(stack, 'Function', {
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:MyFn',
  // The following are optional properties for specific use cases and should be used with caution:

  // Use Case: imported function is in the same account as the stack. This tells the CDK that it
  // can modify the function's permissions.
  sameEnvironment: true,

  // Use Case: imported function is in a different account and user commits to ensuring that the
  // imported function has the correct permissions outside the CDK.
  skipPermissions: true,
});

// (added: show the imported attributes in the template)
new cdk.CfnOutput(stack, 'FunctionArn', { value: fn.functionArn });
new cdk.CfnOutput(stack, 'FunctionName', { value: fn.functionName });

app.synth();

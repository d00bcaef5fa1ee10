// Conformance case 'imported-from-name': Imported Lambdas: `Function.fromFunctionName`
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const fn = lambda.Function.fromFunctionName(stack, 'Function', 'MyFn');

// (added: show the imported attributes in the template)
new cdk.CfnOutput(stack, 'FunctionArn', { value: fn.functionArn });
new cdk.CfnOutput(stack, 'FunctionName', { value: fn.functionName });

app.synth();

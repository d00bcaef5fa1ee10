// Conformance case 'integ-lambda-runtime-inlinecode': aws-lambda test/integ.runtime.inlinecode.ts
// (the IntegTest is dropped; app.synth() added, as the integ runner synthesizes the app).
'use strict';
const { App, CfnOutput, Stack } = require('aws-cdk-lib');
const { Function, InlineCode, Runtime } = require('aws-cdk-lib/aws-lambda');

const app = new App();

const stack = new Stack(app, 'aws-cdk-lambda-runtime-inlinecode');

const fn_PYTHON_3_8 = new Function(stack, 'PYTHON_3_8', {
  code: new InlineCode('def handler(event, context):\n  return "success"'),
  handler: 'index.handler',
  runtime: Runtime.PYTHON_3_8,
});
new CfnOutput(stack, 'PYTHON_3_8-functionName', { value: fn_PYTHON_3_8.functionName });

const fn_PYTHON_3_9 = new Function(stack, 'PYTHON_3_9', {
  code: new InlineCode('def handler(event, context):\n  return "success"'),
  handler: 'index.handler',
  runtime: Runtime.PYTHON_3_9,
});
new CfnOutput(stack, 'PYTHON_3_9-functionName', { value: fn_PYTHON_3_9.functionName });

const fn_PYTHON_3_10 = new Function(stack, 'PYTHON_3_10', {
  code: new InlineCode('def handler(event, context):\n  return "success"'),
  handler: 'index.handler',
  runtime: Runtime.PYTHON_3_10,
});
new CfnOutput(stack, 'PYTHON_3_10-functionName', { value: fn_PYTHON_3_10.functionName });

const fn_PYTHON_3_12 = new Function(stack, 'PYTHON_3_12', {
  code: new InlineCode('def handler(event, context):\n  return "success"'),
  handler: 'index.handler',
  runtime: Runtime.PYTHON_3_12,
});
new CfnOutput(stack, 'PYTHON_3_12-functionName', { value: fn_PYTHON_3_12.functionName });

const fn_PYTHON_3_13 = new Function(stack, 'PYTHON_3_13', {
  code: new InlineCode('def handler(event, context):\n  return "success"'),
  handler: 'index.handler',
  runtime: Runtime.PYTHON_3_13,
});
new CfnOutput(stack, 'PYTHON_3_13-functionName', { value: fn_PYTHON_3_13.functionName });

const fn_NODEJS_18_X = new Function(stack, 'NODEJS_18_X', {
  code: new InlineCode('exports.handler = async function(event) { return "success" }'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_18_X,
});
new CfnOutput(stack, 'NODEJS_18_X-functionName', { value: fn_NODEJS_18_X.functionName });

const fn_NODEJS_20_X = new Function(stack, 'NODEJS_20_X', {
  code: new InlineCode('exports.handler = async function(event) { return "success" }'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
});
new CfnOutput(stack, 'NODEJS_20_X-functionName', { value: fn_NODEJS_20_X.functionName });

const fn_NODEJS_22_X = new Function(stack, 'NODEJS_22_X', {
  code: new InlineCode('exports.handler = async function(event) { return "success" }'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_22_X,
});
new CfnOutput(stack, 'NODEJS_22_X-functionName', { value: fn_NODEJS_22_X.functionName });

app.synth();

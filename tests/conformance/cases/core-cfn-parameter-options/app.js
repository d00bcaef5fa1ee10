// Conformance case 'core-cfn-parameter-options': CfnParameter's optional props, given as false / 0
// (rendered as given: NoEcho false, MinLength 0), and a Number parameter with bounds
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const name = new cdk.CfnParameter(stack, 'HandlerName', {
  noEcho: false,
  minLength: 0,
  maxLength: 64,
  default: 'index.handler',
});
const mem = new cdk.CfnParameter(stack, 'Memory', {
  type: 'Number',
  minValue: 128,
  maxValue: 1024,
  noEcho: true,
  description: 'memory size',
});

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: name.valueAsString,
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  environment: { MEMORY: mem.valueAsString },
});

app.synth();

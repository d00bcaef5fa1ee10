// Conformance case 'core-long-ids': core: long construct paths (>255 chars), non-alphanumeric ids, Default/Resource elision
'use strict';
const path = require('path');
const { Construct } = require('constructs');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const level1 = new Construct(stack, 'Level1-' + 'a'.repeat(120));
const level2 = new Construct(level1, 'Level2_' + 'b'.repeat(120));
const level3 = new Construct(level2, 'Default');

new lambda.Function(level3, 'My Function.With-Non_Alphanumerics!@#$%(x)', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});

// "/" is not allowed in an id: constructs replaces it with "--"
new lambda.Function(stack, 'with/slash', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});

const wrapper = new Construct(stack, 'Wrapper');
new lambda.Function(wrapper, 'Resource', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 2;'),
});

new lambda.Function(stack, 'x'.repeat(300), {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 3;'),
});

app.synth();

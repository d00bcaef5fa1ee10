// Conformance case 'error-ported-lambda-version-edge-synth': lambda-version.test.ts 'edgeArn throws
// at synthesis if underlying function is not edge compatible' as written (stack 'Stack', the custom
// runtime node99.x).
// Ported from aws-cdk: lambda-version.test.ts 'edgeArn throws at synthesis if underlying function is not edge compatible'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const THE_RUNTIME = new lambda.Runtime('node99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: THE_RUNTIME,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const version = fn.currentVersion;
new lambda.Function(stack, 'OtherFn', {
  runtime: THE_RUNTIME,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  environment: {
    EDGE_ARN: version.edgeArn,
  },
});
fn.addEnvironment('KEY1', 'value1');
fn.addEnvironment('KEY2', 'value2');
app.synth();

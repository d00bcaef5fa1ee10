// Conformance case 'unit-function-b-timeout-version'
// Upstream: aws-lambda/test/function.test.ts, describe('lambda.Function timeout'): 'should be a
// cdk.Duration when defined', 'should be optional' (fn.timeout in an output: its seconds, or none);
// describe('currentVersion'): 'logical id of version is based on the function hash' (two stacks whose
// functions differ only in an environment value: their versions' logical ids differ).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

let stack = new cdk.Stack(app, 'TimeoutDefined');
const { timeout } = new lambda.Function(stack, 'MyFunction', {
  handler: 'foo',
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
  timeout: cdk.Duration.minutes(2),
});
new cdk.CfnOutput(stack, 'TimeoutSeconds', { value: `${timeout.toSeconds()}` });

stack = new cdk.Stack(app, 'TimeoutOptional');
const fn = new lambda.Function(stack, 'MyFunction', {
  handler: 'foo',
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
});
new cdk.CfnOutput(stack, 'TimeoutDefined', { value: `${fn.timeout !== undefined}` });

const stack1 = new cdk.Stack(app, 'VersionHash1');
const fn1 = new lambda.Function(stack1, 'MyFunction', {
  handler: 'foo',
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
  environment: { FOO: 'bar' },
});
const stack2 = new cdk.Stack(app, 'VersionHash2');
const fn2 = new lambda.Function(stack2, 'MyFunction', {
  handler: 'foo',
  runtime: lambda.Runtime.NODEJS_LATEST,
  code: lambda.Code.fromAsset('handler.zip'),
  environment: { FOO: 'bear' },
});
new cdk.CfnOutput(stack1, 'CurrentVersionArn', { value: fn1.currentVersion.functionArn });
new cdk.CfnOutput(stack2, 'CurrentVersionArn', { value: fn2.currentVersion.functionArn });
app.synth();

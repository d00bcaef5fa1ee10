// Conformance case 'integ-lambda-function-layer-hash-isolation': aws-lambda
// test/integ.function-layer-hash-isolation.ts (a layer on one function leaves another function's
// version hash alone). Dropped: the IntegTest. layer-code is a folder of our own (its .ts file is
// part of the asset here: the app has no exclude).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { LAMBDA_RECOGNIZE_LAYER_VERSION } = require('aws-cdk-lib/cx-api');

const app = new cdk.App({
  context: {
    [LAMBDA_RECOGNIZE_LAYER_VERSION]: true,
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new cdk.Stack(app, 'lambda-layer-hash-isolation');

// Create a layer
const layer = new lambda.LayerVersion(stack, 'MyLayer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X],
  description: 'Test layer for hash isolation',
});

// Create Function 1 without any layers
const fn1 = new lambda.Function(stack, 'Function1', {
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "Function 1" });'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  description: 'Function without layers',
});

// Get Function 1's version
const fn1Version = fn1.currentVersion;

// Create Function 2 with the layer
const fn2 = new lambda.Function(stack, 'Function2', {
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "Function 2" });'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  layers: [layer],
  description: 'Function with layer',
});

// Get Function 2's version
const fn2Version = fn2.currentVersion;

// Output version ARNs to verify they are created correctly
new cdk.CfnOutput(stack, 'Function1VersionArn', {
  value: fn1Version.functionArn,
  description: 'Version ARN of Function 1 (no layers)',
});

new cdk.CfnOutput(stack, 'Function2VersionArn', {
  value: fn2Version.functionArn,
  description: 'Version ARN of Function 2 (with layer)',
});

app.synth();

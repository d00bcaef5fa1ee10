// Conformance case 'error-function-runtime-not-from-image'
// Upstream: aws-lambda/test/function.test.ts describe('code config') 'runtime must be FROM_IMAGE when image asset is specified' (Fn1 synthesizes, Fn2 throws).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Fn1', {
  code: lambda.Code.fromAssetImage('docker-lambda-handler'),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});
new lambda.Function(stack, 'Fn2', {
  code: lambda.Code.fromAssetImage('docker-lambda-handler'),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.GO_1_X,
});
app.synth();

// Conformance case 'error-core-bootstrapless-file-asset': error: a function's Code.fromAsset (a file asset) in a stack with a
// BootstraplessSynthesizer: "Cannot add assets to a Stack that uses the BootstraplessSynthesizer"
// (unscoped), thrown when the function binds its code.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { synthesizer: new cdk.BootstraplessSynthesizer() });
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
app.synth();

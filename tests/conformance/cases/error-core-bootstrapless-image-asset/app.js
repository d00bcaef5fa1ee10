// Conformance case 'error-core-bootstrapless-image-asset': error: a function's Code.fromAssetImage (a Docker image asset) in a stack with a
// BootstraplessSynthesizer: "Cannot add assets to a Stack that uses the BootstraplessSynthesizer"
// (unscoped), thrown when the function binds its code.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { synthesizer: new cdk.BootstraplessSynthesizer() });
new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromAssetImage(path.join(__dirname, 'docker-handler')),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});
app.synth();

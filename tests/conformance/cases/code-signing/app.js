// Conformance case 'code-signing': Code Signing: signer.SigningProfile + lambda.CodeSigningConfig
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const signer = require('aws-cdk-lib/aws-signer');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const signingProfile = new signer.SigningProfile(stack, 'SigningProfile', {
  platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA,
});

const codeSigningConfig = new lambda.CodeSigningConfig(stack, 'CodeSigningConfig', {
  signingProfiles: [signingProfile],
});

new lambda.Function(stack, 'Function', {
  codeSigningConfig,
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});

app.synth();

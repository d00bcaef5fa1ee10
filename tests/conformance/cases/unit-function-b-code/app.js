// Conformance case 'unit-function-b-code'
// Upstream: aws-lambda/test/function.test.ts: 'handler must be FROM_IMAGE when image asset is
// specified' / 'runtime must be FROM_IMAGE ...' (their Fn1, which synthesizes), describe('code signing
// config') 'default', 'specified architectures is recognized' (deprecated), 'specified architecture is
// recognized', 'Architecture is properly readable from the function' (fn.architecture.name in an
// output), 'No error when function name is Tokenized and Unresolved' and its description twin.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const signer = require('aws-cdk-lib/aws-signer');

const app = new cdk.App();

let stack = new cdk.Stack(app, 'FromImage');
new lambda.Function(stack, 'Fn1', {
  code: lambda.Code.fromAssetImage('docker-lambda-handler'),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});

stack = new cdk.Stack(app, 'CodeSigning');
const signingProfile = new signer.SigningProfile(stack, 'SigningProfile', {
  platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA,
});
const codeSigningConfig = new lambda.CodeSigningConfig(stack, 'CodeSigningConfig', {
  signingProfiles: [signingProfile],
});
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  codeSigningConfig,
});

stack = new cdk.Stack(app, 'Architectures');
new lambda.Function(stack, 'MyFunction', {
  code: lambda.Code.fromInline('foo'),
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  architectures: [lambda.Architecture.ARM_64],
});

stack = new cdk.Stack(app, 'Architecture');
const fn = new lambda.Function(stack, 'MyFunction', {
  code: lambda.Code.fromInline('foo'),
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  architecture: lambda.Architecture.ARM_64,
});
new cdk.CfnOutput(stack, 'ArchitectureName', { value: fn.architecture.name });

stack = new cdk.Stack(app, 'TokenizedName');
new lambda.Function(stack, 'foo', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  functionName: cdk.Token.asString(new cdk.Intrinsic('a'.repeat(141))),
});

stack = new cdk.Stack(app, 'TokenizedDescription');
new lambda.Function(stack, 'foo', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  description: cdk.Token.asString(new cdk.Intrinsic('a'.repeat(257))),
});
app.synth();

// Conformance case 'v2-params-and-secrets-agnostic': v2: paramsAndSecrets fromVersion in an environment-agnostic stack (CfnMapping ParamsandsecretslayerMap), x86_64 and arm64
// Ported from aws-cdk: params-and-secrets.test.ts 'can enable params and secrets from version in agnostic stack - x86_64', 'can enable params and secrets from version in non-agnostic stack - arm64' (the agnostic arm64 one)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'Function', {
  functionName: 'lambda-function',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
});

new lambda.Function(stack, 'ArmFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  architecture: lambda.Architecture.ARM_64,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
});

app.synth();

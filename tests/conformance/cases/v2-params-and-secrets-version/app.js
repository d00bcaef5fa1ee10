// Conformance case 'v2-params-and-secrets-version': v2: paramsAndSecrets fromVersion in us-west-2, x86_64 with options and arm64
// Ported from aws-cdk: params-and-secrets.test.ts 'can enable params and secrets from version in non-agnostic stack - x86_64', 'can enbale params and secrets from version in non-agnostic stack - arm64', 'can enable params and secrets from version with non-default config options'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { region: 'us-west-2' } });

new lambda.Function(stack, 'Function', {
  functionName: 'lambda-function',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
      cacheEnabled: false,
      cacheSize: 500,
      httpPort: 8080,
      logLevel: lambda.ParamsAndSecretsLogLevel.DEBUG,
      maxConnections: 1,
      secretsManagerTimeout: cdk.Duration.seconds(10),
      secretsManagerTtl: cdk.Duration.seconds(250),
      parameterStoreTimeout: cdk.Duration.seconds(10),
      parameterStoreTtl: cdk.Duration.seconds(250),
    }),
});

new lambda.Function(stack, 'ArmFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  architecture: lambda.Architecture.ARM_64,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
});

app.synth();

// Conformance case 'error-params-and-secrets-region': error: paramsAndSecrets fromVersion on arm64 in eu-central-2
// Ported from aws-cdk: params-and-secrets.test.ts 'throws for unsupported architecture in region'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { region: 'eu-central-2' } });

new lambda.Function(stack, 'Function', {
  functionName: 'lambda-function',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  architecture: lambda.Architecture.ARM_64,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
});

app.synth();

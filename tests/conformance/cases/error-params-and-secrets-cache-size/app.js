// Conformance case 'error-params-and-secrets-cache-size': error: throws for invalid cache size
// Ported from aws-cdk: params-and-secrets.test.ts 'throws for invalid cache size'
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
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, { cacheSize: 1001 }),
});

app.synth();

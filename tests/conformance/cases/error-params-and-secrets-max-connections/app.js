// Conformance case 'error-params-and-secrets-max-connections': error: throws for max connections less than 1
// Ported from aws-cdk: params-and-secrets.test.ts 'throws for max connections less than 1'
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
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, { maxConnections: 0 }),
});

app.synth();

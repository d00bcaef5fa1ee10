// Conformance case 'error-params-and-secrets-parameter-ttl': error: throws for parameter store ttl greater than 300 seconds
// Ported from aws-cdk: params-and-secrets.test.ts 'throws for parameter store ttl greater than 300 seconds'
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
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, { parameterStoreTtl: cdk.Duration.minutes(6) }),
});

app.synth();

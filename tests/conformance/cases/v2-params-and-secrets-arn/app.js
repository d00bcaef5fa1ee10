// Conformance case 'v2-params-and-secrets-arn': v2: paramsAndSecrets fromVersionArn, default options and every option
// Ported from aws-cdk: params-and-secrets.test.ts 'can provide arn to enable params and secrets with default config options', 'can provide an arn to enable params and secrets with non-default config options'
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
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn('arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4'),
});

new lambda.Function(stack, 'FunctionWithOptions', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn('arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4', {
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

app.synth();

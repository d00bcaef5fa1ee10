// Conformance case 'error-params-and-secrets-http-port-high': error: paramsAndSecrets option httpPort: 65536
// Ported from aws-cdk: params-and-secrets.test.ts 'throws for httpPort > 65535'
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
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn('arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4', {
      httpPort: 65536,
    }),
});

app.synth();

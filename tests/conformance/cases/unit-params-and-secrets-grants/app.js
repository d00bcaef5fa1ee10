// Conformance case 'unit-params-and-secrets-grants': aws-cdk's params-and-secrets.test.ts (aws-lambda),
// its tests of a function with the extension layer that reads parameters, each test's stack here one
// stack of one App: a StringParameter granted (parameter.grantRead), a SecureString parameter imported
// with its kms.Key (kms:Decrypt on the key too, the key policy untouched), two secrets and two
// parameters granted to one function; a Secret granted (secret.grantRead), and one with its own kms.Key.
// Ported from aws-cdk: params-and-secrets.test.ts 'can enable params and secrets with a provided
// secret', '... with a provided secret with encryption key', 'can enable params and secrets with a provided
// parameter', 'can enable params and secrets with a provided parameter with encryption', 'can enable
// params and secrets with multiple secrets and parameters'
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sm = require('aws-cdk-lib/aws-secretsmanager');
const ssm = require('aws-cdk-lib/aws-ssm');

const layerArn = 'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4';
const newFunction = (stack) => new lambda.Function(stack, 'Function', {
  functionName: 'lambda-function',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn(layerArn),
});

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'Parameter', {});
  const parameter = new ssm.StringParameter(stack, 'Parameter', { parameterName: 'name', stringValue: 'value' });
  parameter.grantRead(newFunction(stack));
}
{
  const stack = new cdk.Stack(app, 'ParameterEncryption', {});
  const key = new kms.Key(stack, 'Key');
  const parameter = ssm.StringParameter.fromSecureStringParameterAttributes(stack, 'Parameter', {
    parameterName: 'name',
    encryptionKey: key,
  });
  parameter.grantRead(newFunction(stack));
}
{
  const stack = new cdk.Stack(app, 'Secret', {});
  const secret = new sm.Secret(stack, 'Secret');
  secret.grantRead(newFunction(stack));
}
{
  const stack = new cdk.Stack(app, 'SecretEncryption', {});
  const encryptionKey = new kms.Key(stack, 'Key');
  const secret = new sm.Secret(stack, 'Secret', { encryptionKey });
  secret.grantRead(newFunction(stack));
}
{
  const stack = new cdk.Stack(app, 'Multiple', {});
  const secrets = [new sm.Secret(stack, 'Secret1'), new sm.Secret(stack, 'Secret2')];
  const parameters = [
    new ssm.StringParameter(stack, 'Parameter1', { parameterName: 'name', stringValue: 'value' }),
    new ssm.StringParameter(stack, 'Parameter2', { parameterName: 'name', stringValue: 'value' }),
  ];
  const fn = newFunction(stack);
  secrets.forEach(secret => secret.grantRead(fn));
  parameters.forEach(parameter => parameter.grantRead(fn));
}
app.synth();

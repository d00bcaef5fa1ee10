// Conformance case 'secretsmanager-params-and-secrets': the Parameters and Secrets extension layer on
// functions that read secrets: secret.grantRead(fn) for a Secret, a Secret with a kms.Key (the key
// policy's kms:Decrypt through Secrets Manager) and a secret imported by name, with the layer from a
// version in us-west-2 and from an ARN
// Ported from aws-cdk: params-and-secrets.test.ts 'can enable params and secrets with a provided secret',
// '... with a provided secret with encryption key' (the secrets granted with secret.grantRead, as
// aws-cdk-lib 2.276.0's ParamsAndSecretsLayerVersion takes no secrets)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { region: 'us-west-2' } });
const secret = new sm.Secret(stack, 'Secret');
const fn = new lambda.Function(stack, 'Function', {
  functionName: 'lambda-function',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
});
secret.grantRead(fn);
const encryptionKey = new kms.Key(stack, 'Key');
const keyed = new sm.Secret(stack, 'KeyedSecret', { encryptionKey });
const fn2 = new lambda.Function(stack, 'Function2', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn(
    'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4', {
      secretsManagerTtl: cdk.Duration.seconds(120),
    }),
  environment: { SECRET_ARN: keyed.secretArn },
});
keyed.grantRead(fn2);
sm.Secret.fromSecretNameV2(stack, 'Shared', 'shared/api-key').grantRead(fn2);

app.synth();

// Conformance case 'function-durable-params-secrets-tokens': Durations of a number token in a durable
// function's executionTimeout (seconds) and retentionPeriod (days), where aws-cdk-lib skips the range checks
// (isUnresolved()), and in the Parameters and Secrets extension's options, whose TTL checks (> 300) a token
// passes: environment variables that are the token ({"Ref": ...}).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const p = new cdk.CfnParameter(stack, 'P', { type: 'Number' });
new lambda.Function(stack, 'F', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersionArn(
    'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4', {
      secretsManagerTtl: cdk.Duration.seconds(p.valueAsNumber),
      parameterStoreTimeout: cdk.Duration.millis(p.valueAsNumber),
    }),
  durableConfig: { executionTimeout: cdk.Duration.seconds(p.valueAsNumber), retentionPeriod: cdk.Duration.days(p.valueAsNumber) },
});

app.synth();

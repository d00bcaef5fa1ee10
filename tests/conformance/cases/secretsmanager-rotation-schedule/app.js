// secret.addRotationSchedule(id, {rotationLambda, automaticallyAfter, rotateImmediatelyOnUpdate})
// and new RotationSchedule: the AWS::SecretsManager::RotationSchedule (rate(30 days) by default,
// the given rate, none for a zero duration), its DependsOn on the function's invoke Permission for
// secretsmanager.amazonaws.com, the function's secretsmanager statements (secretFullArn, or
// `${secretArn}-??????` for a partial-ARN import), the key's grant through Secrets Manager, the
// ResourcePolicy that denies DeleteSecret to the account root; one function rotating two secrets
// (the second grant's Permission is the first's), and an imported function (no grants).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const code = lambda.Code.fromInline('exports.handler = async () => 1;');
const rotator = new lambda.Function(stack, 'Rotator', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code });
const secret = new secretsmanager.Secret(stack, 'Secret');
secret.addRotationSchedule('Rotation', { rotationLambda: rotator });
const key = new kms.Key(stack, 'Key');
const encrypted = new secretsmanager.Secret(stack, 'Encrypted', { encryptionKey: key });
encrypted.addRotationSchedule('Rotation', {
  rotationLambda: rotator,
  automaticallyAfter: cdk.Duration.hours(6),
  rotateImmediatelyOnUpdate: false,
});
const manual = new secretsmanager.Secret(stack, 'Manual');
new secretsmanager.RotationSchedule(stack, 'ManualRotation', {
  secret: manual,
  rotationLambda: rotator,
  automaticallyAfter: cdk.Duration.days(0),
  rotateImmediatelyOnUpdate: true,
});
const partial = secretsmanager.Secret.fromSecretPartialArn(stack, 'Partial',
  'arn:aws:secretsmanager:us-east-1:123456789012:secret:shared');
const other = new lambda.Function(stack, 'Other', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code });
partial.addRotationSchedule('Rotation', { rotationLambda: other, automaticallyAfter: cdk.Duration.days(7) });
const existing = lambda.Function.fromFunctionArn(stack, 'Existing', 'arn:aws:lambda:us-east-1:123456789012:function:rotate');
const plain = new secretsmanager.Secret(stack, 'Plain');
plain.addRotationSchedule('Rotation', { rotationLambda: existing, automaticallyAfter: cdk.Duration.days(1) });
app.synth();

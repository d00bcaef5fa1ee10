// Conformance case 'kms-key': a minimal kms.Key: description, aliases, rotation, removal policy, the
// default key policy, grants to a role, and Key.fromKeyArn.
// Upstream: aws-kms/test/key.test.ts 'default key', 'default with no retention', 'key with some
// options', 'addAlias creates an alias', 'can run multiple addAlias', 'grant decrypt on a key',
// 'grant for a principal in a dependent stack works correctly' (same stack only),
// 'grant decrypt to a service principal', 'rotationPeriod', 'with pendingWindowInDays', 'fromKeyArn'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new kms.Key(stack, 'DefaultKey');
new kms.Key(stack, 'DestroyKey', { removalPolicy: cdk.RemovalPolicy.DESTROY });

const key = new kms.Key(stack, 'MyKey', {
  description: 'my key',
  enableKeyRotation: true,
  alias: 'alias/xoo',
});
const fooAlias = key.addAlias('foo');
// alias.aliasName is the alias's Ref under @aws-cdk/aws-kms:aliasNameRef (cli+init), else the name
new cdk.CfnOutput(stack, 'FooAliasName', { value: fooAlias.aliasName });
key.addAlias('alias/bar');

const role = new iam.Role(stack, 'User', { assumedBy: new iam.AccountRootPrincipal() });
key.grantDecrypt(role);
const other = new kms.Key(stack, 'OtherKey', { enableKeyRotation: false });
other.grantEncrypt(role);
other.grantEncryptDecrypt(role);
other.grantDecrypt(new iam.ServicePrincipal('logs.amazonaws.com'));
const rotated = new kms.Key(stack, 'RotatedKey', {
  rotationPeriod: cdk.Duration.days(180),
  pendingWindow: cdk.Duration.days(7),
  enabled: false,
  removalPolicy: cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
});
rotated.grantAdmin(role);

const imported = kms.Key.fromKeyArn(stack, 'Imported',
  'arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012');
imported.grantEncryptDecrypt(role);
new cdk.CfnOutput(stack, 'ImportedKeyId', { value: imported.keyId });
const keyArnParam = new cdk.CfnParameter(stack, 'KeyArnParam', { type: 'String' });
const fromToken = kms.Key.fromKeyArn(stack, 'FromToken', keyArnParam.valueAsString);
fromToken.grantDecrypt(role);
new cdk.CfnOutput(stack, 'FromTokenKeyId', { value: fromToken.keyId });
new cdk.CfnOutput(stack, 'KeyArn', { value: key.keyArn });
new cdk.CfnOutput(stack, 'KeyId', { value: key.keyId });

app.synth();

// Conformance case 'kms-alias': new kms.Alias as a construct of its own: "alias/" added when missing,
// a removal policy, names with tokens (a literal before the first token gets the prefix; a name that
// starts with a token is kept), key.addAlias and props.alias through the same rules, aliasName /
// aliasArn / keyId / keyArn (the Ref under @aws-cdk/aws-kms:aliasNameRef, on in cli+init), the
// target key's grants (to a function) and key policy through the alias, alias.addAlias (the target
// key's), aliasTargetKey.
// Upstream: aws-kms/test/alias.test.ts 'default alias', 'add "alias/" prefix if not given.', 'can
// create alias directly while creating the key', 'keyId includes reference to alias under feature
// flag', 'can be used wherever a key is expected', 'grants ...', 'adds alias prefix if its token with
// valid string prefix', 'does not add alias again if already set', 'does not add alias if starts with
// token', 'aliasArn and keyArn from alias should match'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'Key');
const keyWithAlias = new kms.Key(stack, 'KeyWithAlias', { enableKeyRotation: true, enabled: false, alias: 'baz' });
const alias = new kms.Alias(stack, 'Alias', { targetKey: key, aliasName: 'alias/foo' });
const prefixed = new kms.Alias(stack, 'Prefixed', { targetKey: key, aliasName: 'bar', removalPolicy: cdk.RemovalPolicy.DESTROY });
new kms.Alias(stack, 'TokenPrefixed', { targetKey: key, aliasName: `MyKey${cdk.Aws.ACCOUNT_ID}` });
new kms.Alias(stack, 'TokenKept', { targetKey: keyWithAlias, aliasName: `alias/Kept${cdk.Aws.ACCOUNT_ID}` });
new kms.Alias(stack, 'TokenFirst', { targetKey: key, aliasName: `${cdk.Aws.ACCOUNT_ID}MyKey` });
new kms.Key(stack, 'TokenKey', { alias: `MyKey${cdk.Aws.REGION}` });
new kms.Alias(stack, 'OfAlias', { targetKey: alias, aliasName: 'alias/of-alias', removalPolicy: cdk.RemovalPolicy.RETAIN });
alias.addAlias('alias/via-alias');

const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environmentEncryption: alias,
});
alias.grantEncrypt(fn);
alias.grantDecrypt(fn);
alias.grantEncryptDecrypt(fn);
alias.grantSign(fn);
alias.grantVerify(fn);
alias.grantSignVerify(fn);
alias.grantGenerateMac(fn);
alias.grantVerifyMac(fn);
alias.grant(fn, 'kms:CreateAlias');
prefixed.grantDecrypt(new iam.ServicePrincipal('logs.amazonaws.com'));
alias.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['kms:DescribeKey'],
  resources: ['*'],
  principals: [new iam.ArnPrincipal('arn:aws:iam::123456789012:root')],
}));

new cdk.CfnOutput(stack, 'OutId', { value: alias.keyId });
new cdk.CfnOutput(stack, 'OutArn', { value: alias.keyArn });
new cdk.CfnOutput(stack, 'OutAliasArn', { value: alias.aliasArn });
new cdk.CfnOutput(stack, 'OutName', { value: prefixed.aliasName });
new cdk.CfnOutput(stack, 'OutTarget', { value: alias.aliasTargetKey.keyArn });
app.synth();

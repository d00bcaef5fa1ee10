// Conformance case 'kms-alias-imports': imported KMS aliases as keys of a function, and the sign/MAC
// grants: Alias.fromAliasName as the function's environment encryption key, all its grants to the
// function (under @aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal, on in cli+init:
// "key/*" with kms:ResourceAliases; else nothing), Alias.fromAliasAttributes whose grants are its
// key's, and key.grantSign / grantVerify / grantSignVerify / grantGenerateMac / grantVerifyMac.
// Upstream: aws-kms/test/alias.test.ts 'imported alias by name - can be used where a key is
// expected', 'imported alias by name - grant* applies kms:ResourceAliases condition', 'grant
// methods are no-op when feature flag disabled', 'fromAliasAttributes', key.test.ts 'grant sign',
// 'grant verify', 'grant generate mac', 'grant verify mac'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const byName = kms.Alias.fromAliasName(stack, 'ByName', 'alias/myAlias');
const key = new kms.Key(stack, 'Key');
const byAttrs = kms.Alias.fromAliasAttributes(stack, 'ByAttrs', { aliasName: 'alias/keyAlias', aliasTargetKey: key });
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: { KEY: byAttrs.keyArn },
  environmentEncryption: byName,
});
byName.grantDecrypt(fn);
byName.grantEncrypt(fn);
byName.grantEncryptDecrypt(fn);
byName.grantSign(fn);
byName.grantVerify(fn);
byName.grantSignVerify(fn);
byName.grantGenerateMac(fn);
byName.grantVerifyMac(fn);
byName.grant(fn, 'kms:CreateGrant', 'kms:DescribeKey');
byAttrs.grantDecrypt(fn);
byAttrs.grantSignVerify(fn);
key.grantSign(fn);
key.grantVerify(fn);
key.grantGenerateMac(fn);
key.grantVerifyMac(fn);
new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.keyArn });
new cdk.CfnOutput(stack, 'ByNameId', { value: byName.keyId });
new cdk.CfnOutput(stack, 'ByAttrsId', { value: byAttrs.keyId });
new cdk.CfnOutput(stack, 'ByAttrsName', { value: byAttrs.aliasName });
app.synth();

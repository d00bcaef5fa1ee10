// Conformance case 'kms-alias-generated-name': PhysicalName.GENERATE_IF_NEEDED as a kms.Alias's
// aliasName. Used from a stack of another account (a role granted decrypt on the alias, outputs of
// its aliasName, aliasArn and keyId), the alias gets a generated name with aws-cdk-lib's "alias/"
// prefix (Alias overrides generatePhysicalName). In its own stack its aliasName is its Ref under
// @aws-cdk/aws-kms:aliasNameRef, else the CfnAlias's aliasName prop (getResourceNameAttribute of the
// generated name's Lazy): the generated name. An alias with a literal name is read in the other
// account by that name (no cross-stack reference), under the flag or not. (Never used in another
// environment, the marker leaves AliasName out: error-kms-alias-generated-name-unused.)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const G = cdk.PhysicalName.GENERATE_IF_NEEDED;
const app = new cdk.App();
const a = new cdk.Stack(app, 'OwnerStack', { env: { account: '111111111111', region: 'us-east-1' } });
const key = new kms.Key(a, 'Key');
const alias = new kms.Alias(a, 'Alias', { aliasName: G, targetKey: key });
new cdk.CfnOutput(a, 'OwnArn', { value: alias.aliasArn });
new cdk.CfnOutput(a, 'OwnName', { value: alias.aliasName });
const named = new kms.Alias(a, 'Named', { aliasName: 'mine', targetKey: key });

const b = new cdk.Stack(app, 'UserStack', { env: { account: '222222222222', region: 'us-east-1' } });
const role = new iam.Role(b, 'User', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  roleName: G,
});
alias.grantDecrypt(role);
new cdk.CfnOutput(b, 'AliasName', { value: alias.aliasName });
new cdk.CfnOutput(b, 'AliasArn', { value: alias.aliasArn });
new cdk.CfnOutput(b, 'KeyId', { value: alias.keyId });
new cdk.CfnOutput(b, 'NamedName', { value: named.aliasName });
new cdk.CfnOutput(b, 'NamedArn', { value: named.aliasArn });
app.synth();

// Conformance case 'unit-kms-key'
// Upstream: aws-kms/test/key.test.ts, the tests the kms-key* cases left out, a stack per test:
// 'cross region key with iam role grant' (the flag as each context sets it), 'can append to the
// default key policy', 'grant for a principal in a dependent stack / a different region / a
// different account', 'grant for an immutable role', 'additional key admins can be specified (with
// imported/immutable principal)' and '(with owned/mutable principal)', 'key with some options'
// (tags, one empty), 'imported keys can have aliases added to them', 'Key.fromKeyArn() for a key
// in a different account and region' (env), 'grant generate / verify mac policy for imported key'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012';

// 'cross region key with iam role grant'
{
  const stack = new cdk.Stack(app, 'test-stack', { env: { account: '000000000000', region: 'us-west-2' } });
  const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:eu-north-1:000000000000:key/e3ab59e5-3dc3-4bc4-9c3f-c790231d2287');
  const roleStack = new cdk.Stack(app, 'RoleStack', { env: { account: '000000000000', region: 'eu-north-1' } });
  const role = new iam.Role(roleStack, 'Role', { assumedBy: new iam.AccountPrincipal('000000000000') });
  key.grantEncryptDecrypt(role);
}
// 'can append to the default key policy'
{
  const stack = new cdk.Stack(app, 'Append');
  const statement = new iam.PolicyStatement({ resources: ['*'], actions: ['kms:Put*'] });
  statement.addArnPrincipal('arn:aws:iam::111122223333:root');
  new kms.Key(stack, 'MyKey').addToResourcePolicy(statement);
}
// 'grant for a principal in a dependent stack works correctly'
{
  const principalStack = new cdk.Stack(app, 'PrincipalStack');
  const principal = new iam.Role(principalStack, 'Role', { assumedBy: new iam.AnyPrincipal() });
  const keyStack = new cdk.Stack(app, 'KeyStack');
  const key = new kms.Key(keyStack, 'Key');
  principalStack.addDependency(keyStack);
  key.grantEncrypt(principal);
}
// 'grant for a principal in a different region'
{
  const principalStack = new cdk.Stack(app, 'RegionPrincipalStack', { env: { region: 'testregion1' } });
  const principal = new iam.Role(principalStack, 'Role', { assumedBy: new iam.AnyPrincipal(), roleName: 'MyRolePhysicalName' });
  const keyStack = new cdk.Stack(app, 'RegionKeyStack', { env: { region: 'testregion2' } });
  new kms.Key(keyStack, 'Key').grantEncrypt(principal);
}
// 'grant for a principal in a different account'
{
  const principalStack = new cdk.Stack(app, 'AccountPrincipalStack', { env: { account: '0123456789012' } });
  const principal = new iam.Role(principalStack, 'Role', { assumedBy: new iam.AnyPrincipal(), roleName: 'MyRolePhysicalName' });
  const keyStack = new cdk.Stack(app, 'AccountKeyStack', { env: { account: '111111111111' } });
  new kms.Key(keyStack, 'Key').grantEncrypt(principal);
}
// 'grant for an immutable role'
{
  const principalStack = new cdk.Stack(app, 'ImmutablePrincipalStack', { env: { account: '0123456789012' } });
  const principal = new iam.Role(principalStack, 'Role', { assumedBy: new iam.AnyPrincipal(), roleName: 'MyRolePhysicalName' });
  const keyStack = new cdk.Stack(app, 'ImmutableKeyStack', { env: { account: '111111111111' } });
  const key = new kms.Key(keyStack, 'Key');
  principalStack.addDependency(keyStack);
  key.grantEncrypt(principal.withoutPolicyUpdates());
}
// 'additional key admins can be specified' (imported/immutable, then owned/mutable principal)
{
  const stack = new cdk.Stack(app, 'Admins');
  const adminRole = iam.Role.fromRoleArn(stack, 'Admin', 'arn:aws:iam::123456789012:role/TrustedAdmin');
  new kms.Key(stack, 'MyKey', { admins: [adminRole] });
  const owned = new iam.Role(stack, 'AdminRole', { assumedBy: new iam.AccountRootPrincipal() });
  new kms.Key(stack, 'OwnedAdminKey', { admins: [owned] });
}
// 'key with some options'
{
  const stack = new cdk.Stack(app, 'Options');
  const key = new kms.Key(stack, 'MyKey', {
    enableKeyRotation: true, enabled: false, pendingWindow: cdk.Duration.days(7), rotationPeriod: cdk.Duration.days(180),
  });
  cdk.Tags.of(key).add('tag1', 'value1');
  cdk.Tags.of(key).add('tag2', 'value2');
  cdk.Tags.of(key).add('tag3', '');
}
// imported keys: 'can have aliases added to them', env, mac grants
{
  const stack = new cdk.Stack(app, 'Stack2');
  const imported = kms.Key.fromKeyArn(stack, 'MyKeyImported', KEY_ARN);
  imported.addAlias('alias/hello');
  new cdk.CfnOutput(stack, 'KeyId', { value: imported.keyId });
  const user = new iam.User(stack, 'User');
  imported.grantGenerateMac(user);
  imported.grantVerifyMac(user);
  const other = kms.Key.fromKeyArn(stack, 'iKey', 'arn:aws:kms:key-region:222222222222:key:key-name');
  new cdk.CfnOutput(stack, 'OtherRegion', { value: other.env.region });
  new cdk.CfnOutput(stack, 'OtherAccount', { value: other.env.account });
  new cdk.CfnOutput(stack, 'OtherKeyId', { value: other.keyId });
  // 2.276.0 takes these too (later aws-cdk versions reject a service other than kms or an alias)
  for (const [id, arn] of [['Smk', 'arn:aws:smk:us-east-1:123456789012:key/keyId'],
    ['AliasArn', 'arn:aws:kms:us-east-1:123456789012:alias/aliasName'], ['Colon', 'arn:aws:kms:r:1:key/a:b'],
    ['LeadingSlash', 'arn:aws:kms:r:1:/key/x']]) {
    new cdk.CfnOutput(stack, `${id}KeyId`, { value: kms.Key.fromKeyArn(stack, id, arn).keyId });
  }
  new cdk.CfnOutput(stack, 'ImportedRegion', { value: imported.env.region });
  const made = new kms.Key(stack, 'Made');
  new cdk.CfnOutput(stack, 'MadeAccount', { value: made.env.account });
  new cdk.CfnOutput(stack, 'MadeRegion', { value: made.env.region });
}
app.synth();

// Conformance case 'lazy-role-secret-grant': a LazyRole as the grantee of a Secret's grants
// (grantRead, grantWrite) in a stack with an account and region and in an environment-agnostic
// one; a LazyRole granted to and never read (no role), one read after the grants, a secret with
// a KMS key, and a LazyRole of another stack of the same environment or of another
// account (never read: the resource policy's principal makes it).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const lazy = (scope, id) => new iam.LazyRole(scope, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
for (const [id, env] of [['Env', { account: '111111111111', region: 'eu-west-1' }], ['Agnostic', undefined]]) {
  const stack = new cdk.Stack(app, id, { env });
  const secret = new secretsmanager.Secret(stack, 'Secret');
  const reader = lazy(stack, 'Reader');
  secret.grantRead(reader);
  new cdk.CfnOutput(stack, 'ReaderArn', { value: reader.roleArn });
  const staged = lazy(stack, 'Staged');
  secret.grantRead(staged, ['AWSCURRENT']);
  secret.grantWrite(staged);
  new cdk.CfnOutput(stack, 'StagedName', { value: staged.roleName });
  // granted to, never read: no role
  secret.grantRead(lazy(stack, 'Unread'));
  const keyed = new secretsmanager.Secret(stack, 'Keyed', { encryptionKey: new kms.Key(stack, 'Key') });
  const keyReader = lazy(stack, 'KeyReader');
  keyed.grantRead(keyReader);
  keyed.grantWrite(keyReader);
  new cdk.CfnOutput(stack, 'KeyReaderArn', { value: keyReader.roleArn });
}
{
  // the LazyRole in another stack of the same environment
  const env = { account: '111111111111', region: 'eu-west-1' };
  const producer = new cdk.Stack(app, 'Producer', { env });
  const secret = new secretsmanager.Secret(producer, 'Secret');
  const consumer = new cdk.Stack(app, 'Consumer', { env });
  const role = lazy(consumer, 'Lazy');
  secret.grantRead(role);
  new cdk.CfnOutput(consumer, 'Arn', { value: role.roleArn });
}
{
  // the LazyRole in another account: the grant goes to the secret's resource policy too (a KMS
  // key is required; the role named, for its ARN in the producer), and the LazyRole's policy names the secret's ARN with the "-??????" suffix
  const producer = new cdk.Stack(app, 'NamedProducer', { env: { account: '111111111111', region: 'eu-west-1' } });
  const key = new kms.Key(producer, 'Key');
  const secret = new secretsmanager.Secret(producer, 'Secret', { secretName: 'shared', encryptionKey: key });
  const consumer = new cdk.Stack(app, 'OtherAccount', { env: { account: '222222222222', region: 'eu-west-1' } });
  const role = new iam.LazyRole(consumer, 'Lazy', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), roleName: 'reader' });
  secret.grantRead(role);
}
app.synth();

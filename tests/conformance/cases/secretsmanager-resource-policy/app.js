// Conformance case 'secretsmanager-resource-policy': Secret.grantRead to grantees without a policy of
// their own or of another account writes the secret's ResourcePolicy (Grant.addToPrincipalOrResource),
// addToResourcePolicy, and imports (no policy)
// Ported in part from aws-cdk: secret.test.ts 'grantRead cross account', 'grantRead with version label constraint'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const key = new kms.Key(stack, 'KMS');
const secret = new sm.Secret(stack, 'Secret', { encryptionKey: key });
// a service: the resource policy only (and the key policy's Decrypt)
secret.grantRead(new iam.ServicePrincipal('lambda.amazonaws.com'));
// another account, with version stages: the condition goes on the resource statement
secret.grantRead(new iam.AccountPrincipal('1234'), ['FOO', 'bar']);
// an imported role of another account: its policy is not written, the resource policy is
const other = iam.Role.fromRoleArn(stack, 'OtherRole', 'arn:aws:iam::111111111111:role/SomeRole');
secret.grantRead(other);
// a role of this account: its policy only, with the condition
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
secret.grantRead(role, ['AWSCURRENT']);
// an explicit statement
secret.addToResourcePolicy(new iam.PolicyStatement({
  effect: iam.Effect.DENY,
  actions: ['secretsmanager:DeleteSecret'],
  resources: ['*'],
  principals: [new iam.AnyPrincipal()],
}));

// imports: no resource policy; a secret of another account read by a role of this one gets the
// role's statement without the version stages (they go on the resource statement, in no policy)
const imported = sm.Secret.fromSecretCompleteArn(stack, 'Imported',
  'arn:aws:secretsmanager:us-east-1:111111111111:secret:MySecret-f3gDy9');
imported.grantRead(new iam.ServicePrincipal('lambda.amazonaws.com'));
imported.grantRead(role, ['AWSPREVIOUS']);
imported.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['secretsmanager:GetSecretValue'], resources: ['*'], principals: [new iam.AnyPrincipal()],
}));
const byName = sm.Secret.fromSecretNameV2(stack, 'ByName', 'my-secret');
byName.grantRead(role, ['AWSPENDING']);

// an environment-agnostic stack: a Secret without a key may be read by a service and an account
// (the stack's account is unresolved: no cross-account error)
const agnostic = new cdk.Stack(app, 'AgnosticStack');
const plain = new sm.Secret(agnostic, 'Plain');
plain.grantRead(new iam.ServicePrincipal('ec2.amazonaws.com'), ['AWSCURRENT']);
plain.grantRead(new iam.AccountPrincipal('1234'));
plain.grantRead(new iam.ArnPrincipal('arn:aws:iam::123456789012:user/someone'));
const user = new iam.User(agnostic, 'User');
plain.grantRead(user);
app.synth();

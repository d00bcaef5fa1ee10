// Conformance case 'secretsmanager-secret-attributes-replicas': secrets a function reads and writes:
// a Secret with a key and replicaRegions (one with its own key) plus addReplicaRegion;
// Secret.fromSecretAttributes by complete ARN with an encryption key (grantRead / grantWrite add
// the key policy's statements through Secrets Manager), by partial ARN, and by the deprecated
// secretArn; grantWrite on the Secret.
// Upstream: aws-secretsmanager/test/secret.test.ts 'import by secretArn', 'import by secret
// attributes with encryption key' (complete / partial), 'grantWrite' ('with key'), 'replica
// regions' ('can add replica regions', 'addReplicaRegion').
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'Key');
const replicaKey = kms.Key.fromKeyArn(stack, 'ReplicaKey', 'arn:aws:kms:eu-central-1:123456789012:key/11111111-2222-3333-4444-555555555555');
const secret = new secretsmanager.Secret(stack, 'Secret', {
  encryptionKey: key,
  replicaRegions: [{ region: 'eu-west-1' }, { region: 'eu-central-1', encryptionKey: replicaKey }],
});
secret.addReplicaRegion('us-west-2');
const complete = secretsmanager.Secret.fromSecretAttributes(stack, 'Complete', {
  secretCompleteArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-creds-AbCdEf',
  encryptionKey: key,
});
const partial = secretsmanager.Secret.fromSecretAttributes(stack, 'Partial', {
  secretPartialArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:api-key',
});
const legacy = secretsmanager.Secret.fromSecretAttributes(stack, 'Legacy', {
  secretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:legacy',
});
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: {
    SECRET: secret.secretArn,
    COMPLETE: complete.secretName,
    PARTIAL: partial.secretName,
    LEGACY: legacy.secretFullArn + '|' + legacy.secretName,
  },
});
secret.grantRead(fn);
secret.grantWrite(fn);
complete.grantRead(fn);
complete.grantWrite(fn);
partial.grantRead(fn);
partial.grantWrite(fn);
legacy.grantRead(fn);
app.synth();

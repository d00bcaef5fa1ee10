// Conformance case 'secretsmanager-secret-attach': secret.attach (SecretTargetAttachment), a stack per
// test of secret.test.ts: 'can attach a secret with attach()', 'add a rotation schedule to an attached
// secret' (its SecretId, the function's grants on the attachment, the deny of DeleteSecret on the
// attachment's own policy or, under the init flags, the secret's), and a function granted read and
// write on an attached secret with a key (the key policy's statements, secretName).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const target = (targetId, targetType) => ({ asSecretAttachmentTarget: () => ({ targetId, targetType }) });
const fn = (stack) => new lambda.Function(stack, 'Lambda', {
  runtime: lambda.Runtime.NODEJS_22_X,
  code: lambda.Code.fromInline('export.handler = event => event;'),
  handler: 'index.handler',
});
{
  const stack = new cdk.Stack(app, 'T1');
  const secret = new sm.Secret(stack, 'Secret');
  secret.attach(target('target-id', sm.AttachmentTargetType.DOCDB_DB_INSTANCE));
  new sm.Secret(stack, 'Proxy').attach(target('proxy-id', sm.AttachmentTargetType.RDS_DB_PROXY));
  new sm.Secret(stack, 'Cluster').attach(target('cluster-id', sm.AttachmentTargetType.CLUSTER));
}
{
  const stack = new cdk.Stack(app, 'T2');
  const secret = new sm.Secret(stack, 'Secret');
  const attachedSecret = secret.attach(target('target-id', sm.AttachmentTargetType.DOCDB_DB_INSTANCE));
  attachedSecret.addRotationSchedule('RotationSchedule', { rotationLambda: fn(stack) });
}
{
  const stack = new cdk.Stack(app, 'T3');
  const key = new kms.Key(stack, 'Key');
  const secret = new sm.Secret(stack, 'Secret', { encryptionKey: key, secretName: 'db-creds' });
  const attached = secret.attach(target('cluster-1', sm.AttachmentTargetType.RDS_DB_CLUSTER));
  const f = fn(stack);
  attached.grantRead(f);
  attached.grantWrite(f);
  new cdk.CfnOutput(stack, 'Name', { value: attached.secretName });
  new cdk.CfnOutput(stack, 'Arn', { value: attached.secretArn });
}
app.synth();

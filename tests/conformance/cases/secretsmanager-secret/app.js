// Conformance case 'secretsmanager-secret': secretsmanager.Secret (no props; description, name, a
// kms.Key and a removal policy), its imports by complete ARN, partial ARN and name, and grantRead to
// functions: the IAM statements, the key policy's ViaService statements, secretName/secretArn/secretFullArn
// Ported from aws-cdk: secret.test.ts 'default secret', 'grantRead', 'grantRead with KMS key',
// 'grantRead with version label constraint', 'import by secretArn' cases; kafka.test.ts 'rootCACertificate can be ISecret'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const key = new kms.Key(stack, 'Key');
const plain = new sm.Secret(stack, 'Secret');
const full = new sm.Secret(stack, 'FullSecret', {
  description: 'the database password',
  secretName: 'prod-db-password',
  encryptionKey: key,
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
const complete = sm.Secret.fromSecretCompleteArn(stack, 'Complete',
  'arn:aws:secretsmanager:us-east-1:123456789012:secret:complete-AbC123');
const partial = sm.Secret.fromSecretPartialArn(stack, 'Partial',
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:partial/name');
const byName = sm.Secret.fromSecretNameV2(stack, 'ByName', 'by-name');
const tokenArn = sm.Secret.fromSecretCompleteArn(stack, 'TokenArn', cdk.Fn.importValue('SharedSecretArn'));
for (const s of [plain, full, complete, partial, byName, tokenArn]) s.grantRead(fn);
// a second grantee of the keyed secret: another statement in the key policy
const other = new lambda.Function(stack, 'Other', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 2;'),
});
full.grantRead(other);
// version stages: a condition on the grantee's statement (secret.test.ts 'grantRead with version label constraint')
complete.grantRead(other, ['AWSCURRENT']);
plain.grantRead(new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() }), ['FOO', 'bar']);
const named = new sm.Secret(stack, 'Named', { secretName: 'single' });
new cdk.CfnOutput(stack, 'PlainName', { value: plain.secretName });
new cdk.CfnOutput(stack, 'FullName', { value: full.secretName });
new cdk.CfnOutput(stack, 'NamedName', { value: named.secretName });
new cdk.CfnOutput(stack, 'FullArn', { value: full.secretFullArn });
new cdk.CfnOutput(stack, 'CompleteName', { value: complete.secretName });
new cdk.CfnOutput(stack, 'PartialName', { value: partial.secretName });
new cdk.CfnOutput(stack, 'ByNameName', { value: byName.secretName });
new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.secretArn });
new cdk.CfnOutput(stack, 'TokenName', { value: tokenArn.secretName });
// an ARN formatArn makes (arn:-prefixed, with tokens): parsed as an ARN, its suffix stripped
const formatted = sm.Secret.fromSecretCompleteArn(stack, 'Formatted', stack.formatArn({
  service: 'secretsmanager', resource: 'secret', arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME, resourceName: 'db-creds-AbC123' }));
new cdk.CfnOutput(stack, 'FormattedName', { value: formatted.secretName });

app.synth();

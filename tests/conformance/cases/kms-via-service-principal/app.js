// Conformance case 'kms-via-service-principal': kms.ViaServicePrincipal as a key's grantee: a
// function's role through Lambda (no policy of its own: the key policy's statement, with
// kms:ViaService), anyone (no base principal), and an account principal with a StringEquals
// condition of its own (kms:ViaService goes first); two grants around one role stay two statements
// under @aws-cdk/iam:minimizePolicies (cli+init).
// Upstream: aws-kms/test/via-service-principal.test.ts 'Via service, any principal', 'Via service,
// principal with policy statement', 'Via service, principal with conditions'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'Key');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
});
key.grantDecrypt(new kms.ViaServicePrincipal('lambda.us-east-1.amazonaws.com', fn.grantPrincipal));
key.grantEncrypt(new kms.ViaServicePrincipal('lambda.us-east-1.amazonaws.com', fn.grantPrincipal));
key.grant(new kms.ViaServicePrincipal('s3.amazonaws.com'), 'kms:DescribeKey');
key.grantDecrypt(new kms.ViaServicePrincipal('sqs.amazonaws.com',
  new iam.AccountPrincipal('123456789012').withConditions({ StringEquals: { 'aws:PrincipalTag/team': 'a' } })));
app.synth();

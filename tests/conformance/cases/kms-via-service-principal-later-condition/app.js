// Conformance case 'kms-via-service-principal-later-condition': kms.ViaServicePrincipal reads its base
// principal's conditions when it is used (policyFragment is a getter): a condition added to the
// base PrincipalWithConditions after the ViaServicePrincipal was made, before the grant, is in the
// key policy's statement (beside kms:ViaService, merged into StringEquals); one added after the grant
// is not (the statement took the fragment then). A second ViaServicePrincipal over the same base
// sees both.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'Key');
const base = new iam.AccountPrincipal('123456789012').withConditions({ StringLike: { 'aws:PrincipalTag/team': 'a*' } });
const via = new kms.ViaServicePrincipal('sqs.amazonaws.com', base);
const later = new kms.ViaServicePrincipal('sns.amazonaws.com', base);
base.addCondition('StringEquals', { 'aws:PrincipalTag/env': 'prod' });
key.grantDecrypt(via);
base.addCondition('Bool', { 'aws:SecureTransport': 'true' });
key.grantEncrypt(later);
app.synth();

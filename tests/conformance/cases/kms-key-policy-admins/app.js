// Conformance case 'kms-key-policy-admins': kms.Key with a policy of its own (the key policy is
// that document alone: no kms:* statement for the account; a statement added through the key goes
// into it, and a grant to a service too) and admins (each gets grantAdmin: a role's policy on the
// key's ARN, a service's statement in the key policy); key.grantAdmin on a key with the default
// policy (key.test.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Admin', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const policy = new iam.PolicyDocument({
  statements: [new iam.PolicyStatement({
    actions: ['kms:Create*', 'kms:Describe*'],
    resources: ['*'],
    principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:root')],
  })],
});
const key = new kms.Key(stack, 'Key', {
  policy,
  admins: [role, new iam.ServicePrincipal('events.amazonaws.com')],
});
key.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['kms:Decrypt'],
  resources: ['*'],
  principals: [new iam.AccountRootPrincipal()],
}));
key.grantEncrypt(new iam.ServicePrincipal('sns.amazonaws.com'));
const plain = new kms.Key(stack, 'Plain');
plain.grantAdmin(role);
plain.grantAdmin(new iam.AccountPrincipal('444455556666'));
app.synth();

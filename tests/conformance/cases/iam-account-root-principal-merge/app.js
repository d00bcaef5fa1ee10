// Conformance case 'iam-account-root-principal-merge': under @aws-cdk/aws-iam:minimizePolicies
// (context.json) every new AccountRootPrincipal / AccountPrincipal is a principal of its own (its ARN
// is a StackDependentToken made once per object), so merge-statements.js keeps statements of two such
// objects apart where one reused object merges; a role is compared by identity. Without the flag (the
// stack 'NotMinimized'), a statement lists two principal objects of one value twice.
// Upstream: aws-iam/test/merge-statements.test.ts, aws-iam/lib/private/comparable-principal.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// two objects: Encrypt and Decrypt stay two statements
const two = new kms.Key(stack, 'TwoPrincipals');
two.grantEncrypt(new iam.AccountRootPrincipal());
two.grantDecrypt(new iam.AccountRootPrincipal());
two.grantDecrypt(new iam.AccountRootPrincipal()); // same actions and resource: merged all the same

// one object reused: one statement
const one = new kms.Key(stack, 'OnePrincipal');
const root = new iam.AccountRootPrincipal();
one.grantEncrypt(root);
one.grantDecrypt(root);

// statements of the key policy
const stmts = new kms.Key(stack, 'Statements');
const account = new iam.AccountPrincipal('123456789012');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const st = (actions, principals) => stmts.addToResourcePolicy(new iam.PolicyStatement({ actions, resources: ['*'], principals }));
st(['kms:A1'], [account]);
st(['kms:A2'], [account]);
st(['kms:B1'], [new iam.AccountPrincipal('123456789012')]);
st(['kms:B2'], [new iam.AccountPrincipal('123456789012')]);
st(['kms:C1'], [role]);
st(['kms:C2'], [role]);
st(['kms:D1'], [new iam.ServicePrincipal('logs.amazonaws.com')]);
st(['kms:D2'], [new iam.ServicePrincipal('logs.amazonaws.com')]);
st(['kms:E1'], [new iam.ArnPrincipal('arn:aws:iam::111111111111:user/u')]);
st(['kms:E2'], [new iam.ArnPrincipal('arn:aws:iam::111111111111:user/u')]);
st(['kms:F1'], [root, new iam.ServicePrincipal('sns.amazonaws.com')]);
st(['kms:F2'], [new iam.ServicePrincipal('sns.amazonaws.com'), root]);
st(['kms:G1'], [new iam.AccountRootPrincipal(), root, root, new iam.ServicePrincipal('s3.amazonaws.com'), new iam.ServicePrincipal('s3.amazonaws.com')]);

// without minimizePolicies: two principal objects of one value are both listed
const plain = new cdk.Stack(app, 'NotMinimized');
plain.node.setContext('@aws-cdk/aws-iam:minimizePolicies', false);
const key = new kms.Key(plain, 'Key');
const proot = new iam.AccountRootPrincipal();
key.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['kms:Decrypt'],
  resources: ['*'],
  principals: [proot, proot, new iam.AccountRootPrincipal(), new iam.ServicePrincipal('s3.amazonaws.com'), new iam.ServicePrincipal('s3.amazonaws.com')],
}));
key.grantEncrypt(proot);
key.grantEncrypt(proot);

app.synth();

// Conformance case 'grants-imported-roles': grantInvoke to roles imported with Role.fromRoleArn: a
// mutable import of the stack's account gets a Policy, one of another account is an ImmutableRole
// (nothing written) and the function gets a Permission for it; an environment-agnostic stack gets both.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function.test.ts, describe('grantInvoke'):
// 'with an imported role (in the same account)' and 'with an imported role (from a different account)'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const newFn = (stack) => new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});

const stack = new cdk.Stack(app, 'EnvStack', { env: { account: '123456789012' } });
const fn = newFn(stack);
fn.grantInvoke(iam.Role.fromRoleArn(stack, 'Same', 'arn:aws:iam::123456789012:role/someRole'));
fn.grantInvoke(iam.Role.fromRoleArn(stack, 'Other', 'arn:aws:iam::123456789013:role/someRole'));
fn.grantInvokeUrl(iam.Role.fromRoleArn(stack, 'OtherUrl', 'arn:aws:iam::123456789013:role/urlRole'));

const agnostic = new cdk.Stack(app, 'AgnosticStack');
newFn(agnostic).grantInvoke(iam.Role.fromRoleArn(agnostic, 'Role', 'arn:aws:iam::123456789012:role/someRole'));

app.synth();

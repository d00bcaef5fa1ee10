// Conformance case 'grants-imported-cross-account': grantInvoke to a Role on imported functions,
// where Grant.addToPrincipalOrResource compares the function's account with the role's.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function.test.ts, describe('grantInvoke'):
// 'on an imported function (same account)', 'on an imported function (unresolved account & w/
// allowPermissions)' and 'on an imported function (different account & w/ skipPermissions)', with a
// Role as the grantee.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();

// an environment-agnostic stack: the role's account is a token, the imports' are literals
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
// sameEnvironment: the identity policy and the Permission for the role
const same = lambda.Function.fromFunctionAttributes(stack, 'SameEnv', {
  functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:same-env',
  sameEnvironment: true,
});
same.grantInvoke(role);
same.grantInvokeUrl(role);
// skipPermissions: the identity policy only, no error
const skip = lambda.Function.fromFunctionAttributes(stack, 'Skip', {
  functionArn: 'arn:aws:lambda:us-east-1:222222222222:function:skip',
  skipPermissions: true,
});
skip.grantInvoke(role);
// an imported function with a token ARN (the stack's account): the identity policy only
const param = new cdk.CfnParameter(stack, 'FunctionArn');
lambda.Function.fromFunctionArn(stack, 'TokenArn', param.valueAsString).grantInvoke(role);

// a stack in account 111111111111
const envStack = new cdk.Stack(app, 'EnvStack', { env: { account: '111111111111', region: 'us-east-1' } });
const envRole = new iam.Role(envStack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
// the same account: the identity policy only
lambda.Function.fromFunctionArn(envStack, 'Same', 'arn:aws:lambda:us-east-1:111111111111:function:same')
  .grantInvoke(envRole);
// another account, sameEnvironment: identity policy and Permission
lambda.Function.fromFunctionAttributes(envStack, 'Other', {
  functionArn: 'arn:aws:lambda:us-east-1:333333333333:function:other',
  sameEnvironment: true,
}).grantInvoke(envRole);
// a Function of the stack: the identity policy only
const fn = new lambda.Function(envStack, 'Function', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
fn.grantInvoke(envRole);
fn.currentVersion.grantInvoke(envRole);

app.synth();

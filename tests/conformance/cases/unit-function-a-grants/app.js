// Conformance case 'unit-function-a-grants'
// Upstream: aws-lambda/test/function.test.ts (first half): the grantInvoke and
// grantInvokeCompositePrincipal tests that synthesize, a stack per test.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const newFn = (stack) => new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromInline('xxx'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const newRole = (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('1234') });

// 'adds iam:InvokeFunction'
{
  const stack = new cdk.Stack(app, 'GrantInvoke');
  const role = newRole(stack);
  newFn(stack).grantInvoke(role);
}
// 'adds grantInvokeLatestVersion '
{
  const stack = new cdk.Stack(app, 'GrantInvokeLatestVersion');
  const role = newRole(stack);
  newFn(stack).grantInvokeLatestVersion(role);
}
// 'adds grantInvokeVersion '
{
  const stack = new cdk.Stack(app, 'GrantInvokeVersion');
  const role = newRole(stack);
  const fn = newFn(stack);
  const lv2 = new lambda.Version(stack, 'v2', { lambda: fn });
  fn.grantInvokeVersion(role, lv2);
}
// 'with a service principal', 'with an account principal', 'with an arn principal', 'with an organization principal'
newFn(new cdk.Stack(app, 'ServicePrincipal')).grantInvoke(new iam.ServicePrincipal('apigateway.amazonaws.com'));
newFn(new cdk.Stack(app, 'AccountPrincipal')).grantInvoke(new iam.AccountPrincipal('123456789012'));
newFn(new cdk.Stack(app, 'ArnPrincipal')).grantInvoke(new iam.ArnPrincipal('arn:aws:iam::123456789012:role/someRole'));
newFn(new cdk.Stack(app, 'OrganizationPrincipal')).grantInvoke(new iam.OrganizationPrincipal('o-12345abcde'));
// 'can be called twice for the same service principal'
{
  const fn = newFn(new cdk.Stack(app, 'ServicePrincipalTwice'));
  const service = new iam.ServicePrincipal('elasticloadbalancing.amazonaws.com');
  fn.grantInvoke(service);
  fn.grantInvoke(service);
}
// 'with an imported role (in the same account)', 'with an imported role (from a different account)'
for (const [id, account] of [['ImportedRoleSameAccount', '123456789012'], ['ImportedRoleOtherAccount', '3333']]) {
  const stack = new cdk.Stack(app, id, { env: { account } });
  newFn(stack).grantInvoke(iam.Role.fromRoleArn(stack, 'ForeignRole', 'arn:aws:iam::123456789012:role/someRole'));
}
// 'on an imported function (same account)'
{
  const stack = new cdk.Stack(app, 'ImportedFunctionSameAccount', { env: { account: '123456789012' } });
  lambda.Function.fromFunctionArn(stack, 'Function', 'arn:aws:lambda:us-east-1:123456789012:function:MyFn')
    .grantInvoke(new iam.ServicePrincipal('elasticloadbalancing.amazonaws.com'));
}
// 'on an imported function (unresolved account & w/ allowPermissions)'
{
  const stack = new cdk.Stack(app, 'ImportedFunctionSameEnvironment');
  lambda.Function.fromFunctionAttributes(stack, 'Function', {
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:MyFn',
    sameEnvironment: true,
  }).grantInvoke(new iam.ServicePrincipal('elasticloadbalancing.amazonaws.com'));
}
// 'on an imported function (different account & w/ skipPermissions'
{
  const stack = new cdk.Stack(app, 'ImportedFunctionSkipPermissions', { env: { account: '111111111111' } });
  lambda.Function.fromFunctionAttributes(stack, 'Function', {
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:MyFn',
    skipPermissions: true,
  }).grantInvoke(new iam.ServicePrincipal('elasticloadbalancing.amazonaws.com'));
}
// grantInvokeCompositePrincipal: 'two accounts', 'multiple types'
newFn(new cdk.Stack(app, 'CompositeTwoAccounts')).grantInvokeCompositePrincipal(new iam.CompositePrincipal(
  new iam.AccountPrincipal('1234'),
  new iam.AccountPrincipal('5678'),
));
newFn(new cdk.Stack(app, 'CompositeMultipleTypes')).grantInvokeCompositePrincipal(new iam.CompositePrincipal(
  new iam.AccountPrincipal('1234'),
  new iam.ServicePrincipal('apigateway.amazonaws.com'),
  new iam.ArnPrincipal('arn:aws:iam::123456789012:role/someRole'),
  new iam.OrganizationPrincipal('o-12345abcde'),
));
app.synth();

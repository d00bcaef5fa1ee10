// Conformance case 'unit-function-a-permissions'
// Upstream: aws-lambda/test/function.test.ts (first half), the addPermission tests: a stack per test.
// 'permission on versions' and 'permission on alias' 'of current version' make a Version whose lambda
// is fn.currentVersion (a Version as IFunction); ccdk's Version takes a Function, so here the Version's
// lambda is fn itself (the warning checked is the same: none on the Version or Alias).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const newTestLambda = (scope) => new lambda.Function(scope, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.PYTHON_3_14,
});

// 'can be used to add permissions to the Lambda function'
{
  const stack = new cdk.Stack(app, 'AddPermissions');
  newTestLambda(stack).addPermission('S3Permission', {
    action: 'lambda:*',
    principal: new iam.ServicePrincipal('s3.amazonaws.com'),
    sourceAccount: stack.account,
    sourceArn: 'arn:aws:s3:::my_bucket',
  });
}
// 'can supply principalOrgID via permission property'
{
  const stack = new cdk.Stack(app, 'PrincipalOrgIdProperty');
  const org = new iam.OrganizationPrincipal('o-xxxxxxxxxx');
  newTestLambda(stack).addPermission('S3Permission', {
    action: 'lambda:*',
    principal: new iam.AccountPrincipal('123456789012'),
    organizationId: org.organizationId,
  });
}
// 'fails if the principal is not a service, account, arn, or organization principal' (the valid ones)
{
  const stack = new cdk.Stack(app, 'PrincipalTypes');
  const fn = newTestLambda(stack);
  fn.addPermission('S1', { principal: new iam.ServicePrincipal('my-service') });
  fn.addPermission('S2', { principal: new iam.AccountPrincipal('account') });
  fn.addPermission('S3', { principal: new iam.ArnPrincipal('my:arn') });
  fn.addPermission('S4', { principal: new iam.OrganizationPrincipal('o-12345abcde') });
}
// 'does not show warning if skipPermissions is set'
{
  const stack = new cdk.Stack(app, 'SkipPermissions');
  lambda.Function.fromFunctionAttributes(stack, 'Imported', {
    functionArn: 'arn:aws:lambda:us-west-2:123456789012:function:my-function',
    skipPermissions: true,
  }).addPermission('Permission', {
    action: 'lambda:InvokeFunction',
    principal: new iam.AccountPrincipal('123456789010'),
  });
}
// 'shows warning if skipPermissions is not set'
{
  const stack = new cdk.Stack(app, 'NoSkipPermissions');
  lambda.Function.fromFunctionAttributes(stack, 'Imported', {
    functionArn: 'arn:aws:lambda:us-west-2:123456789012:function:my-function',
  }).addPermission('Permission', {
    action: 'lambda:InvokeFunction',
    principal: new iam.AccountPrincipal('123456789010'),
  });
}
// 'applies source account/ARN conditions if the principal has conditions'
{
  const stack = new cdk.Stack(app, 'SourceAccountArnConditions');
  newTestLambda(stack).addPermission('S1', {
    principal: new iam.PrincipalWithConditions(new iam.ServicePrincipal('my-service'), {
      ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::my-bucket' },
      StringEquals: { 'aws:SourceAccount': 'some-account' },
    }),
  });
}
// 'applies source arn condition if principal has conditions'
{
  const stack = new cdk.Stack(app, 'SourceArnCondition');
  newTestLambda(stack).addPermission('S1', {
    principal: new iam.PrincipalWithConditions(new iam.ServicePrincipal('my-service'), {
      ArnLike: { 'aws:SourceArn': 'arn:aws:sqs:us-east-1:111111111111:MyQueue' },
    }),
  });
}
// 'applies principal org id conditions if the principal has conditions'
{
  const stack = new cdk.Stack(app, 'PrincipalOrgIdCondition');
  newTestLambda(stack).addPermission('S1', {
    principal: new iam.PrincipalWithConditions(new iam.ServicePrincipal('my-service'), {
      StringEquals: { 'aws:PrincipalOrgID': 'org-xxxxxxxxxx' },
    }),
  });
}
// Function.fromFunctionAttributes(): "the function's region/account is taken from the ARN"
{
  const stack = new cdk.Stack(app, 'Base', { env: { account: '111111111111', region: 'stack-region' } });
  const func = lambda.Function.fromFunctionAttributes(stack, 'iFunc', {
    functionArn: 'arn:aws:lambda:function-region:222222222222:function:function-name',
  });
  new cdk.CfnOutput(stack, 'Region', { value: func.env.region });
  new cdk.CfnOutput(stack, 'Account', { value: func.env.account });
}
// addPermissions on imported functions
const importAndPermit = (stack, attrs) => {
  lambda.Function.fromFunctionAttributes(stack, 'iFunc', {
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:BaseFunction', ...attrs,
  }).addPermission('iFunc', { principal: new iam.ServicePrincipal('cloudformation.amazonaws.com') });
};
// 'imported Function w/ resolved account and function arn'
importAndPermit(new cdk.Stack(app, 'Imports', { env: { account: '123456789012', region: 'us-east-1' } }), {});
// 'imported Function w/ unresolved account'
importAndPermit(new cdk.Stack(app, 'ImportsUnresolved'), {});
// 'imported Function w/ unresolved account & allowPermissions set'
importAndPermit(new cdk.Stack(app, 'ImportsSameEnvironment'), { sameEnvironment: true });
// 'imported Function w/different account'
importAndPermit(new cdk.Stack(app, 'BaseOtherAccount', { env: { account: '111111111111' } }), {});

// 'annotations on different IFunctions': a stack per test
const assetFn = (stack) => new lambda.Function(stack, 'MyLambda', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
});
const invokePermission = { principal: new iam.ServicePrincipal('lambda.amazonaws.com') };
{ // 'without lambda:InvokeFunction'
  const fn = assetFn(new cdk.Stack(app, 'WithoutInvokeFunction'));
  fn.addPermission('MyPermission', { action: 'lambda.GetFunction', principal: new iam.ServicePrincipal('lambda.amazonaws.com') });
  fn.currentVersion;
}
{ // 'without invoking currentVersion'
  assetFn(new cdk.Stack(app, 'WithoutCurrentVersion')).addPermission('MyPermission', invokePermission);
}
{ // 'with currentVersion invoked first'
  const fn = assetFn(new cdk.Stack(app, 'CurrentVersionFirst'));
  fn.currentVersion;
  fn.addPermission('MyPermission', invokePermission);
}
{ // 'with currentVersion invoked after permissions created'
  const fn = assetFn(new cdk.Stack(app, 'CurrentVersionAfter'));
  fn.addPermission('MyPermission', invokePermission);
  fn.currentVersion;
}
{ // 'multiple currentVersion calls does not result in multiple warnings'
  const fn = assetFn(new cdk.Stack(app, 'CurrentVersionTwice'));
  fn.currentVersion;
  fn.addPermission('MyPermission', invokePermission);
  fn.currentVersion;
}
{ // 'permission on versions'
  const stack = new cdk.Stack(app, 'PermissionOnVersion');
  const fn = assetFn(stack);
  const version = new lambda.Version(stack, 'MyVersion', { lambda: fn }); // the test's lambda is fn.currentVersion: see the header
  version.addPermission('MyPermission', invokePermission);
}
{ // 'permission on latest version'
  assetFn(new cdk.Stack(app, 'PermissionOnLatest')).latestVersion.addPermission('MyPermission', invokePermission);
}
{ // 'function.addAlias'
  assetFn(new cdk.Stack(app, 'AddAlias')).addAlias('prod');
}
{ // 'permission on alias' 'of current version'
  const stack = new cdk.Stack(app, 'AliasOfCurrentVersion');
  const fn = assetFn(stack);
  const version = new lambda.Version(stack, 'MyVersion', { lambda: fn }); // the test's lambda is fn.currentVersion: see the header
  new lambda.Alias(stack, 'MyAlias', { aliasName: 'alias', version }).addPermission('MyPermission', invokePermission);
}
{ // 'permission on alias' 'of latest version'
  const stack = new cdk.Stack(app, 'AliasOfLatestVersion');
  const fn = assetFn(stack);
  new lambda.Alias(stack, 'MyAlias', { aliasName: 'alias', version: fn.latestVersion })
    .addPermission('MyPermission', invokePermission);
}
app.synth();

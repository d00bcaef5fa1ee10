// Conformance case 'permissions-principal-types': addPermission with every principal type ccdk has
// (parsePermissionPrincipal), with scope, functionUrlAuthType, eventSourceToken and
// invokedViaFunctionUrl, on a function, a version, an alias and a SingletonFunction; permissionsNode.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function.test.ts, describe('addPermissions'):
// 'can be used to add permissions to the Lambda function', 'fails if the principal is not a service,
// account, arn, or organization principal' (the accepted ones), 'applies source account/ARN conditions
// if the principal has conditions', 'applies principal org id conditions if the principal has
// conditions', 'can supply principalOrgID via permission property'; function-url.test.ts
// 'grantInvokeUrl: adds appropriate permissions' (FunctionUrlAuthType); the singleton-lambda.test.ts
// 'addPermission' test (permissionsNode).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

fn.addPermission('S1', { principal: new iam.ServicePrincipal('my-service') });
fn.addPermission('S2', { principal: new iam.AccountPrincipal('123456789012') });
fn.addPermission('S3', { principal: new iam.ArnPrincipal('arn:aws:iam::123456789012:role/my-role') });
fn.addPermission('S4', { principal: new iam.OrganizationPrincipal('o-12345abcde') });
fn.addPermission('S5', { principal: new iam.AccountRootPrincipal() });
fn.addPermission('S6', { principal: new iam.AnyPrincipal() });
fn.addPermission('S7', { principal: role });
fn.addPermission('S8', {
  principal: new iam.AnyPrincipal().withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-12345abcde' } }),
});
fn.addPermission('S9', {
  principal: new iam.ServicePrincipal('s3.amazonaws.com').withConditions({
    ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::my-bucket' },
    StringEquals: { 'aws:SourceAccount': '123456789012' },
  }),
});
fn.addPermission('S10', {
  action: 'lambda:*',
  principal: new iam.ServicePrincipal('s3.amazonaws.com'),
  sourceAccount: stack.account,
  sourceArn: 'arn:aws:s3:::my_bucket',
});
fn.addPermission('S11', {
  action: 'lambda:*',
  principal: new iam.AccountPrincipal('123456789012'),
  organizationId: 'o-12345abcde',
});
fn.addPermission('S12', {
  principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'),
  eventSourceToken: 'amzn1.ask.skill.1',
});
// functionUrlAuthType and invokedViaFunctionUrl
fn.addPermission('Url1', {
  action: 'lambda:InvokeFunctionUrl',
  principal: new iam.AnyPrincipal(),
  functionUrlAuthType: lambda.FunctionUrlAuthType.NONE,
});
fn.addPermission('Url2', {
  action: 'lambda:InvokeFunctionUrl',
  principal: new iam.AccountPrincipal('123456789012'),
  functionUrlAuthType: lambda.FunctionUrlAuthType.AWS_IAM,
});
fn.addPermission('Url3', {
  principal: new iam.AccountPrincipal('123456789012'),
  invokedViaFunctionUrl: true,
});
// scope: the Permission is made under another construct
const scope = new Construct(stack, 'PermissionScope');
fn.addPermission('Scoped', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), scope });

// a version and an alias
const version = new lambda.Version(stack, 'Version', { lambda: fn });
version.addPermission('V1', { principal: new iam.ServicePrincipal('events.amazonaws.com') });
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'live', version });
alias.addPermission('A1', { principal: new iam.AccountRootPrincipal() });
alias.addPermission('A2', { principal: role, action: 'lambda:InvokeFunctionUrl', functionUrlAuthType: lambda.FunctionUrlAuthType.AWS_IAM });

// SingletonFunction: its Permissions are children of its Function (permissionsNode)
const single = new lambda.SingletonFunction(stack, 'Single', {
  uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
single.addPermission('P1', { principal: new iam.ServicePrincipal('events.amazonaws.com') });

new cdk.CfnOutput(stack, 'FunctionPermissionsNode', { value: fn.permissionsNode.path });
new cdk.CfnOutput(stack, 'AliasPermissionsNode', { value: alias.permissionsNode.path });
new cdk.CfnOutput(stack, 'SinglePermissionsNode', { value: single.permissionsNode.path });
new cdk.CfnOutput(stack, 'SingleP1', { value: single.permissionsNode.tryFindChild('P1').node.path });

app.synth();

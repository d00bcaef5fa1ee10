// Conformance case 'grants-invoke-version': grantInvokeLatestVersion, grantInvokeVersion,
// grantInvokeCompositePrincipal, grantInvokeUrl on an alias and a version, AccountRootPrincipal grants.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function.test.ts, describe('grantInvoke'):
// 'grantInvokeLatestVersion'/'grantInvokeVersion' tests (role and service principal), the
// grantInvokeCompositePrincipal tests, the AccountRootPrincipal grant, and the grantInvokeUrl tests of
// alias.test.ts / lambda-version.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

// $LATEST: the qualified and the unqualified ARN
fn.grantInvokeLatestVersion(role);
fn.grantInvokeLatestVersion(new iam.ServicePrincipal('apigateway.amazonaws.com'));
fn.grantInvokeLatestVersion(new iam.ServicePrincipal('apigateway.amazonaws.com')); // once

// a version of the stack (the role's policy) and an imported version number (a Permission)
const version = new lambda.Version(stack, 'Version', { lambda: fn });
fn.grantInvokeVersion(role, version);
const v1 = lambda.Version.fromVersionAttributes(stack, 'V1', { version: '1', lambda: fn });
fn.grantInvokeVersion(new iam.ServicePrincipal('events.amazonaws.com'), v1);
fn.grantInvokeVersion(new iam.ServicePrincipal('events.amazonaws.com'), v1); // once
fn.grantInvokeVersion(new iam.AccountPrincipal('123456789012'), fn.latestVersion);

// each principal of a composite on its own
fn.grantInvokeCompositePrincipal(new iam.CompositePrincipal(
  new iam.ServicePrincipal('a.amazonaws.com'),
  new iam.AccountPrincipal('123456789012'),
  new iam.ArnPrincipal('arn:aws:iam::123456789012:role/other'),
));

// AccountRootPrincipal is keyed "AccountRootPrincipal()": twice is one Permission, and an
// AccountPrincipal of another account is another
fn.grantInvoke(new iam.AccountRootPrincipal());
fn.grantInvoke(new iam.AccountRootPrincipal());
fn.grantInvoke(new iam.AccountPrincipal('111122223333'));

// grants on an alias and a version
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'live', version });
alias.grantInvoke(new iam.AccountRootPrincipal());
alias.grantInvokeUrl(role);
alias.grantInvokeUrl(new iam.AccountPrincipal('111122223333'));
version.grantInvokeUrl(new iam.ServicePrincipal('b.amazonaws.com'));
alias.grantInvokeLatestVersion(new iam.ServicePrincipal('c.amazonaws.com'));

// a SingletonFunction: the grants of its Function, the Permissions under it
const single = new lambda.SingletonFunction(stack, 'Single', {
  uuid: '6a3d2f1e-0000-4000-8000-000000000001',
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
single.grantInvokeLatestVersion(new iam.ServicePrincipal('d.amazonaws.com'));
single.grantInvokeLatestVersion(role);
single.grantInvokeCompositePrincipal(new iam.CompositePrincipal(new iam.AccountRootPrincipal(), new iam.ServicePrincipal('e.amazonaws.com')));

app.synth();

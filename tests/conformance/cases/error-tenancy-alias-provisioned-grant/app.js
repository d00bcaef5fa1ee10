// Conformance case 'error-tenancy-alias-provisioned-grant': an alias (and a Version) with provisioned
// concurrency of a function with tenant isolation is aws-cdk-lib's error; ccdk records it and goes
// on, so the grants, permissions and URL made on them afterwards must not crash (they did: a NULL
// ARN). Found by tests/difffuzz (gen.py).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
});
const alias = fn.addAlias('live', {provisionedConcurrentExecutions: 10});
alias.grantInvoke(new iam.ServicePrincipal('s3.amazonaws.com'));
alias.addPermission('Perm', {principal: new iam.AccountPrincipal('333333333333')});
const version = new lambda.Version(stack, 'Version', {lambda: fn, provisionedConcurrentExecutions: 2});
version.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));

app.synth();

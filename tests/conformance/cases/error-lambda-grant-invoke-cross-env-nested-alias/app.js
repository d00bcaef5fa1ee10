// Conformance case 'error-lambda-grant-invoke-cross-env-nested-alias': alias.grantInvoke(role) for
// an alias in a nested stack of an environment-agnostic stack and a role of a stack with an account
// and region (found by difffuzz, gen_multi seed 20011). Two things fail: the Permission's principal
// is the role's ARN, which cannot be used in another environment, and the role's policy references
// the alias across regions. aws-cdk-lib's findAllReferences throws the first while it resolves the
// elements, before resolveValue meets the second: only "Cannot use resource ... in a
// cross-environment fashion" is reported.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const main = new cdk.Stack(app, 'Main');
const nested = new cdk.NestedStack(main, 'Nested');
const fn = new lambda.Function(nested, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const alias = fn.addAlias('live');
const other = new cdk.Stack(app, 'Other', { env: { account: '222222222222', region: 'eu-west-1' } });
const role = new iam.Role(other, 'Caller', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
alias.grantInvoke(role);
app.synth();

// Conformance case 'permission-composite-principal': addPermission (and grantInvoke) with a
// CompositePrincipal whose policy fragment has exactly one AWS principal. aws-cdk-lib's
// parsePermissionPrincipal takes principalJson.AWS[0] then, dropping the other parts: the account's
// root ARN (a ServicePrincipal beside it ignored), an ARN, '*' of an AnyPrincipal, a role's ARN.
// ccdk refused every CompositePrincipal. Found by gen_err.py (de-1504).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
fn.addPermission('ServiceAndAccount', {
  principal: new iam.CompositePrincipal(new iam.ServicePrincipal('sns.amazonaws.com'), new iam.AccountPrincipal('123456789012')),
});
fn.addPermission('Arn', {
  principal: new iam.CompositePrincipal(new iam.ArnPrincipal('arn:aws:iam::123456789012:user/u')),
  action: 'lambda:GetFunction',
});
fn.addPermission('AnyAndService', {
  principal: new iam.CompositePrincipal(new iam.AnyPrincipal(), new iam.ServicePrincipal('s3.amazonaws.com')),
  sourceAccount: '123456789012',
});
const alias = fn.addAlias('live');
alias.addPermission('RoleAndService', {
  principal: new iam.CompositePrincipal(new iam.ServicePrincipal('events.amazonaws.com'), role),
});
fn.grantInvoke(new iam.CompositePrincipal(new iam.AccountRootPrincipal(), new iam.ServicePrincipal('sqs.amazonaws.com')));
app.synth();

// Conformance case 'permission-composite-principal-single-aws': a CompositePrincipal whose policy
// fragment has a single "AWS" principal is a Lambda permission's principal: parsePermissionPrincipal
// takes principalJson.AWS[0] and drops the Service parts (odd, but aws-cdk-lib's). grantInvoke and
// addPermission, on a function, an alias and an import; an AccountPrincipal (its ARN, not the
// account id), an ArnPrincipal, a Role and a nested composite. Found by tests/difffuzz (gen.py).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', {env: {account: '111111111111', region: 'eu-west-1'}});
const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('foo'),
});
fn.grantInvoke(new iam.CompositePrincipal(
  new iam.ServicePrincipal('sns.amazonaws.com'),
  new iam.AccountPrincipal('333333333333'),
));
fn.addPermission('ArnOnly', {
  principal: new iam.CompositePrincipal(new iam.ArnPrincipal('arn:aws:iam::444444444444:role/caller')),
});
const role = new iam.Role(stack, 'Role', {assumedBy: new iam.AccountRootPrincipal()});
const alias = fn.addAlias('live');
alias.grantInvoke(new iam.CompositePrincipal(
  new iam.CompositePrincipal(new iam.ServicePrincipal('events.amazonaws.com')),
  role,
));
const imported = lambda.Function.fromFunctionArn(stack, 'Imported',
  'arn:aws:lambda:eu-west-1:111111111111:function:other');
imported.addPermission('Root', {
  principal: new iam.CompositePrincipal(new iam.AccountRootPrincipal(), new iam.ServicePrincipal('s3.amazonaws.com')),
  sourceAccount: '111111111111',
});

app.synth();

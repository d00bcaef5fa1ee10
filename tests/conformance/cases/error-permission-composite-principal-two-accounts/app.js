// Conformance case 'error-permission-composite-principal-two-accounts': addPermission with a
// CompositePrincipal of two AWS principals: principalJson.AWS has two entries, which
// parsePermissionPrincipal cannot take (one is taken: see permission-composite-principal).
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
fn.addPermission('TwoAccounts', {
  principal: new iam.CompositePrincipal(new iam.AccountPrincipal('111111111111'), new iam.AccountPrincipal('222222222222')),
});
app.synth();

// Conformance case 'error-grant-invoke-composite-principal': grantInvoke of a CompositePrincipal is
// one grant whose Permission cannot take it (parsePermissionPrincipal); grantInvokeCompositePrincipal
// is the way. Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function.test.ts,
// 'fails if the principal is not a service, account, arn, or organization principal' and the
// grantInvokeCompositePrincipal tests (a composite given to grantInvoke).
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
fn.grantInvoke(new iam.CompositePrincipal(
  new iam.ServicePrincipal('a.amazonaws.com'),
  new iam.ServicePrincipal('b.amazonaws.com'),
));

app.synth();

// Conformance case 'error-iam-lazy-role-name-invalid-grant-invoke': error: a LazyRole's invalid roleName is Role's error once the role is made: fn.grantInvoke reads its policyFragment (unread, fn.grantInvokeUrl alone makes no role and no error).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const role = new iam.LazyRole(stack, 'Lazy', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), roleName: 'bad name' });
const fn = new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
});
fn.grantInvokeUrl(role);
fn.grantInvoke(role);
app.synth();

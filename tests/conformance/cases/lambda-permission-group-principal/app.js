// Conformance case 'lambda-permission-group-principal': a Lambda permission for an iam.Group (its
// ARN: the policyFragment's single AWS principal), and a function's grantInvoke to a group (its
// DefaultPolicy).
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
const group = new iam.Group(stack, 'Group');
fn.addPermission('F1', { principal: group });
fn.grantInvoke(group);
app.synth();

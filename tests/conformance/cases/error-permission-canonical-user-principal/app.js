// Conformance case 'error-permission-canonical-user-principal': error: a Lambda permission for a
// CanonicalUserPrincipal. Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/function.test.ts,
// 'fails if the principal is not a service, account, arn, or organization principal'.
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
fn.addPermission('F1', { principal: new iam.CanonicalUserPrincipal('org') });
app.synth();

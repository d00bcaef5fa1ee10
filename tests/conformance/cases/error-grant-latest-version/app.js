// Conformance case 'error-grant-latest-version': fn.latestVersion cannot take a Permission
// (LatestVersion.canCreatePermissions is false), so a grant to a service principal on it throws;
// fn.grantInvokeLatestVersion is the way. Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/
// function.test.ts, the grantInvoke tests on '$LATEST' ("Function is either imported or $LATEST version").
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
fn.latestVersion.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
app.synth();

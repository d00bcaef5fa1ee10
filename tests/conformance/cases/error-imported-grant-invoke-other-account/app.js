// Conformance case 'error-imported-grant-invoke-other-account': error: grantInvoke to a service on a function imported from another account
// Upstream: aws-lambda/test/function.test.ts 'on an imported function (different account)'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default', { env: { account: '111111111111' } });
const fn = lambda.Function.fromFunctionArn(stack, 'Function', 'arn:aws:lambda:us-east-1:123456789012:function:MyFn');
fn.grantInvoke(new iam.ServicePrincipal('elasticloadbalancing.amazonaws.com'));
app.synth();

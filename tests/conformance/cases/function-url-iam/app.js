// Conformance case 'function-url-iam': Function URL: IAM-authenticated Function URLs
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
// `declare const fn: lambda.Function;` in the example: a minimal one.
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
// `declare const myRole: iam.Role;` in the example: a minimal one.
const myRole = new iam.Role(stack, 'MyRole', {
  assumedBy: new iam.AccountRootPrincipal(),
});

const fnUrl = fn.addFunctionUrl();
fnUrl.grantInvokeUrl(myRole);

new cdk.CfnOutput(stack, 'TheUrl', {
  // The .url attributes will return the unique Function URL
  value: fnUrl.url,
});

app.synth();

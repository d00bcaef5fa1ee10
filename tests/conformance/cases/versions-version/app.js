// Conformance case 'versions-version': Versions: `new lambda.Version`
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
// `declare const fn: lambda.Function;` in the example: a minimal one.
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const version = new lambda.Version(stack, 'MyVersion', {
  lambda: fn,
});

app.synth();

// Conformance case 'error-asset-second-stack'
// Upstream: aws-lambda/test/code.test.ts 'fails if asset is bound with a second stack' (lambda.Code.fromAsset)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const asset = lambda.Code.fromAsset('my-lambda-handler');
new lambda.Function(stack, 'Func', {
  code: asset,
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'foom',
});
const stack2 = new cdk.Stack(app, 'Stack2');
new lambda.Function(stack2, 'Func', {
  code: asset,
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'foom',
});
app.synth();

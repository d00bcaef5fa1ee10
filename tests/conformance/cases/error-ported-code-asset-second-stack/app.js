// Conformance case 'error-ported-code-asset-second-stack'
// Upstream: aws-lambda/test/code.test.ts 'fails if asset is bound with a second stack' (lambda.Code.fromAsset)
// Ported from aws-cdk: code.test.ts 'fails if asset is bound with a second stack' (literally: the test's stack, ids and props; the
// same error as case error-asset-second-stack)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1');
const asset = lambda.Code.fromAsset('my-lambda-handler');
new lambda.Function(stack1, 'Func', {
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

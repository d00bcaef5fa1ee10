// Conformance case 'error-ported-code-asset-not-found'
// Upstream: aws-lambda/test/code.test.ts 'fails if path does not exist'
// Ported from aws-cdk: code.test.ts 'fails if path does not exist' (literally: the test's stack, ids and props; the
// same error as case error-asset-not-found)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new lambda.Function(stack, 'Func', {
  code: lambda.Code.fromAsset('/path/not/found/123456'),
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'foom',
});
app.synth();

// Conformance case 'error-ported-code-asset-not-zip'
// Upstream: aws-lambda/test/code.test.ts 'fails if a non-zip asset is used'
// Ported from aws-cdk: code.test.ts 'fails if a non-zip asset is used' (literally: the test's stack, ids and props; the
// same error as case error-asset-not-zip)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new lambda.Function(stack, 'Func', {
  code: lambda.Code.fromAsset('my-lambda-handler/index.py'),
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'foom',
});
app.synth();

// Conformance case 'error-asset-not-zip'
// Upstream: aws-lambda/test/code.test.ts 'fails if a non-zip asset is used'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Func', {
  code: lambda.Code.fromAsset('my-lambda-handler/index.py'),
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'foom',
});
app.synth();

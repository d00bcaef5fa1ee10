// Conformance case 'error-asset-not-found'
// Upstream: aws-lambda/test/code.test.ts 'fails if path does not exist'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Func', {
  code: lambda.Code.fromAsset('/path/not/found/123456'),
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'foom',
});
app.synth();

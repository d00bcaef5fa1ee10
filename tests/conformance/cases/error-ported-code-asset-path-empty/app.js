// Conformance case 'error-ported-code-asset-path-empty': error: Code.fromAsset('') (the Asset construct throws when bound)
// Ported from aws-cdk: code.test.ts 'fails if path is empty' (literally: the test's stack, ids and props; the
// same error as case error-asset-path-empty)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');

new lambda.Function(stack, 'Func', {
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'foom',
  code: lambda.Code.fromAsset(''),
});

app.synth();

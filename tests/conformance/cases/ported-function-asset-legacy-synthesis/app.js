// Conformance case 'ported-function-asset-legacy-synthesis'
// Upstream: aws-lambda/test/function.test.ts 'Lambda code can be read from a local directory via an
// asset', literally: an App whose context turns @aws-cdk/core:newStyleStackSynthesis off, its Default
// stack, a python3.9 function of a directory asset: Code's S3Bucket and S3Key are the stack's
// AssetParameters (the key split on "||"), no asset manifest.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  context: {
    [cxapi.NEW_STYLE_STACK_SYNTHESIS_CONTEXT]: false,
  },
});
const stack = new cdk.Stack(app);
new lambda.Function(stack, 'MyLambda', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_9,
});
app.synth();

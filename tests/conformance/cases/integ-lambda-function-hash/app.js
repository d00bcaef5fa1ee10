// Conformance case 'integ-lambda-function-hash': aws-lambda test/integ.function-hash.ts (a layer
// attached to a function and an unattached one). STANDARD_NODEJS_RUNTIME (test/config.ts) is
// Runtime.NODEJS_18_X. Nothing dropped; layer-code is a folder of our own.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const STANDARD_NODEJS_RUNTIME = lambda.Runtime.NODEJS_18_X;

const app = new cdk.App();

const stack = new cdk.Stack(app, 'aws-cdk-lambda-function-hash');

const layer = new lambda.LayerVersion(stack, 'MyLayer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code'), { exclude: ['*.ts'] }),
  compatibleRuntimes: [STANDARD_NODEJS_RUNTIME],
});

new lambda.Function(stack, 'MyFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: STANDARD_NODEJS_RUNTIME,
  layers: [layer],
});

// Adding an unattached layer should not change the function hash
// with the feature flag enabled (which is default in new projects)
new lambda.LayerVersion(stack, 'UnattachedLayer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code'), { exclude: ['*.ts'] }),
  compatibleRuntimes: [STANDARD_NODEJS_RUNTIME],
});

app.synth();

// Conformance case 'error-code-asset-block-external-symlink': error: Code.fromAsset with followSymlinks
// BLOCK_EXTERNAL of a directory holding a symlink to a file outside it (core/lib/asset-staging.ts: the
// AssetStaging constructor's validateInternalSymlinks, a ValidationError on the Asset naming the link's
// resolved target, before anything is hashed or copied)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'handler'), { followSymlinks: cdk.SymlinkFollowMode.BLOCK_EXTERNAL }),
});

app.synth();

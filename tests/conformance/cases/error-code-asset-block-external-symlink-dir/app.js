// Conformance case 'error-code-asset-block-external-symlink-dir': error: a LayerVersion's
// Code.fromAsset with followSymlinks BLOCK_EXTERNAL: an external symlink that `exclude` names is
// skipped, an internal one is fine, and a subdirectory's symlink to a directory outside is
// AssetStaging's ValidationError on the layer's Asset (asset-staging.ts validateInternalSymlinks)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.LayerVersion(stack, 'MyLayer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer'), {
    followSymlinks: cdk.SymlinkFollowMode.BLOCK_EXTERNAL,
    exclude: ['a-excluded.txt'],
  }),
});

app.synth();

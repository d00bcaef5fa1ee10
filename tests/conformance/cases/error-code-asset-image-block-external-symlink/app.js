// Conformance case 'error-code-asset-image-block-external-symlink': error: DockerImageCode.fromImageAsset
// with followSymlinks BLOCK_EXTERNAL of a directory whose external symlink the .dockerignore names
// (skipped) and whose other external symlink is AssetStaging's constructor check: a ValidationError
// on the DockerImageAsset (TestStack/MyFunction/AssetImage) when the function is made.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.DockerImageFunction(stack, 'MyFunction', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'image'), {
    followSymlinks: cdk.SymlinkFollowMode.BLOCK_EXTERNAL,
  }),
});

app.synth();
